namespace Kempelen.Assignments;

public readonly record struct AssignmentId(string Value) : IEntityId<AssignmentId>, IComparable<AssignmentId>
{
    public static AssignmentId New() => new(EntityIds.NewLong());

    public static AssignmentId From(string value) => new(value);

    public static bool operator <(AssignmentId left, AssignmentId right) => left.CompareTo(right) < 0;

    public static bool operator <=(AssignmentId left, AssignmentId right) => left.CompareTo(right) <= 0;

    public static bool operator >(AssignmentId left, AssignmentId right) => left.CompareTo(right) > 0;

    public static bool operator >=(AssignmentId left, AssignmentId right) => left.CompareTo(right) >= 0;

    public int CompareTo(AssignmentId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
