using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;

namespace Kempelen.Finance;

/// <summary>Extra money a requester paid a worker for an assignment, with the reason shown to the worker.</summary>
public sealed class Bonus
{
    public const int MaxReasonLength = 4096;

    private Bonus()
    {
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public WorkerId WorkerId { get; private set; }

    public AssignmentId AssignmentId { get; private set; }

    public HitId HitId { get; private set; }

    public Money Amount { get; private set; }

    public Money Fee { get; private set; }

    public string Reason { get; private set; }

    public DateTime GrantTime { get; private set; }

    public static Bonus Grant(Assignment assignment, Money amount, Money fee, string reason, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(now)),
        RequesterId = assignment.RequesterId,
        WorkerId = assignment.WorkerId,
        AssignmentId = assignment.Id,
        HitId = assignment.HitId,
        Amount = amount,
        Fee = fee,
        Reason = reason,
        GrantTime = now,
    };
}
