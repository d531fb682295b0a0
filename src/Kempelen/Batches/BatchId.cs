namespace Kempelen.Batches;

public readonly record struct BatchId(string Value) : IEntityId<BatchId>
{
    public static BatchId New() => new(EntityIds.NewLong());

    public static BatchId From(string value) => new(value);

    public override string ToString() => Value;
}
