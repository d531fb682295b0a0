namespace Kempelen.Accounts;

public readonly record struct WorkerId(string Value) : IEntityId<WorkerId>
{
    public static WorkerId New() => new(EntityIds.NewCustomer());

    public static WorkerId From(string value) => new(value);

    public override string ToString() => Value;
}
