namespace Kempelen.Accounts;

/// <summary>A worker: one WorkerId for all requesters, as on MTurk (mturk-compat §4.1).</summary>
public sealed class Worker
{
    private Worker()
    {
        UserId = string.Empty;
    }

    public WorkerId Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Worker Register(string userId, DateTime now) => new() { Id = WorkerId.New(), UserId = userId, CreatedAt = now };
}
