namespace Kempelen.Assignments;

public readonly record struct AssignmentId(string Value) : IEntityId<AssignmentId>
{
    public static AssignmentId New() => new(EntityIds.NewLong());

    public static AssignmentId From(string value) => new(value);

    public override string ToString() => Value;
}
