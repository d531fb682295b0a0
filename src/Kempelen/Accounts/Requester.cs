namespace Kempelen.Accounts;

public sealed class Requester
{
    public const int MaxNameLength = 200;

    private Requester()
    {
        Name = string.Empty;
    }

    public RequesterId Id { get; private set; }

    public string Name { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Requester Register(string name, DateTime now)
    {
        ParameterRules.RequireText("name", name, MaxNameLength);
        return new Requester { Id = RequesterId.New(), Name = name.Trim(), CreatedAt = now };
    }
}
