namespace Kempelen.Hits;

public readonly record struct HitId(string Value) : IEntityId<HitId>, IComparable<HitId>
{
    public static HitId New() => new(EntityIds.NewLong());

    public static HitId From(string value) => new(value);

    public int CompareTo(HitId other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(HitId left, HitId right) => left.CompareTo(right) < 0;

    public static bool operator <=(HitId left, HitId right) => left.CompareTo(right) <= 0;

    public static bool operator >(HitId left, HitId right) => left.CompareTo(right) > 0;

    public static bool operator >=(HitId left, HitId right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
