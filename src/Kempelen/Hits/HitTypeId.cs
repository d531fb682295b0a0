namespace Kempelen.Hits;

public readonly record struct HitTypeId(string Value) : IEntityId<HitTypeId>
{
    public static HitTypeId New() => new(EntityIds.NewLong());

    public static HitTypeId From(string value) => new(value);

    public override string ToString() => Value;
}
