namespace Kempelen.Accounts;

public readonly record struct WorkerId(string Value) : IEntityId<WorkerId>, IComparable<WorkerId>
{
    public static WorkerId New() => new(EntityIds.NewCustomer());

    public static WorkerId From(string value) => new(value);

    public static bool operator <(WorkerId left, WorkerId right) => left.CompareTo(right) < 0;

    public static bool operator <=(WorkerId left, WorkerId right) => left.CompareTo(right) <= 0;

    public static bool operator >(WorkerId left, WorkerId right) => left.CompareTo(right) > 0;

    public static bool operator >=(WorkerId left, WorkerId right) => left.CompareTo(right) >= 0;

    public int CompareTo(WorkerId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
