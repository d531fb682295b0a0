namespace Kempelen.Qualifications;

public readonly record struct QualificationRequestId(string Value) : IEntityId<QualificationRequestId>, IComparable<QualificationRequestId>
{
    public static QualificationRequestId New() => new(EntityIds.NewLong());

    public static QualificationRequestId From(string value) => new(value);

    public static bool operator <(QualificationRequestId left, QualificationRequestId right) => left.CompareTo(right) < 0;

    public static bool operator <=(QualificationRequestId left, QualificationRequestId right) => left.CompareTo(right) <= 0;

    public static bool operator >(QualificationRequestId left, QualificationRequestId right) => left.CompareTo(right) > 0;

    public static bool operator >=(QualificationRequestId left, QualificationRequestId right) => left.CompareTo(right) >= 0;

    public int CompareTo(QualificationRequestId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
