namespace Kempelen.Accounts;

public readonly record struct RequesterId(string Value) : IEntityId<RequesterId>
{
    public static RequesterId New() => new(EntityIds.NewCustomer());

    public static RequesterId From(string value) => new(value);

    public override string ToString() => Value;
}
