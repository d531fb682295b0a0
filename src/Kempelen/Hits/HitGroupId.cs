namespace Kempelen.Hits;

public readonly record struct HitGroupId(string Value) : IEntityId<HitGroupId>
{
    public static HitGroupId New() => new(EntityIds.NewLong());

    public static HitGroupId From(string value) => new(value);

    public override string ToString() => Value;
}
