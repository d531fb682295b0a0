namespace Kempelen.Qualifications;

/// <summary>A requester's qualification type: 30 characters; the system types keep MTurk's 20-character IDs.</summary>
public readonly record struct QualificationTypeId(string Value) : IEntityId<QualificationTypeId>, IComparable<QualificationTypeId>
{
    public static QualificationTypeId New() => new(EntityIds.NewLong());

    public static QualificationTypeId From(string value) => new(value);

    public static bool operator <(QualificationTypeId left, QualificationTypeId right) => left.CompareTo(right) < 0;

    public static bool operator <=(QualificationTypeId left, QualificationTypeId right) => left.CompareTo(right) <= 0;

    public static bool operator >(QualificationTypeId left, QualificationTypeId right) => left.CompareTo(right) > 0;

    public static bool operator >=(QualificationTypeId left, QualificationTypeId right) => left.CompareTo(right) >= 0;

    public int CompareTo(QualificationTypeId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
