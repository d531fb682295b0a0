using Kempelen.Accounts;
using Kempelen.Hits;

namespace Kempelen.Assignments;

/// <summary>
/// One worker's turn at one HIT: accepted, then submitted, returned or abandoned, then approved or rejected
/// (mturk-compat §5.3). Every change goes through <see cref="AssignmentLifecycle"/>.
/// </summary>
public sealed class Assignment
{
    private Assignment()
    {
    }

    public AssignmentId Id { get; private set; }

    public HitId HitId { get; private set; }

    public WorkerId WorkerId { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public AssignmentStatus Status { get; private set; }

    public DateTime AcceptTime { get; private set; }

    public DateTime Deadline { get; private set; }

    public DateTime? SubmitTime { get; private set; }

    public DateTime? AutoApprovalTime { get; private set; }

    public DateTime? ApprovalTime { get; private set; }

    public DateTime? RejectionTime { get; private set; }

    public DateTime? EndedAt { get; private set; }

    /// <summary>The QuestionFormAnswers document, once submitted.</summary>
    public string? Answer { get; private set; }

    public string? RequesterFeedback { get; private set; }

    public int Version { get; private set; }

    /// <summary>Starts an assignment for a slot the caller has already taken from the HIT.</summary>
    public static Assignment Accept(Hit hit, HitType type, WorkerId worker, DateTime now) => new()
    {
        Id = AssignmentId.New(),
        HitId = hit.Id,
        WorkerId = worker,
        RequesterId = hit.RequesterId,
        Status = AssignmentStatus.Accepted,
        AcceptTime = now,
        Deadline = now.AddSeconds(type.AssignmentDurationInSeconds),
    };

    public bool IsPastDeadline(DateTime now) => now >= Deadline;

    public void Submit(string answer, long autoApprovalDelayInSeconds, DateTime now)
    {
        if (Status == AssignmentStatus.Accepted && IsPastDeadline(now))
        {
            throw new DomainException(ErrorCode.InvalidAssignmentState, $"Assignment {Id} passed its deadline at {Deadline:O} and can no longer be submitted.");
        }

        Move(AssignmentStatus.Submitted, "Accepted");
        SubmitTime = now;
        AutoApprovalTime = now.AddSeconds(autoApprovalDelayInSeconds);
        Answer = answer;
    }

    public void Return(DateTime now)
    {
        Move(AssignmentStatus.Returned, "Accepted");
        EndedAt = now;
    }

    public void Abandon(DateTime now)
    {
        if (!IsPastDeadline(now))
        {
            throw new InvalidOperationException($"Assignment {Id} is not past its deadline.");
        }

        Move(AssignmentStatus.Abandoned, "Accepted");
        EndedAt = now;
    }

    private void Move(AssignmentStatus to, string allowed)
    {
        if (!AssignmentLifecycle.CanMove(Status, to))
        {
            throw new DomainException(ErrorCode.InvalidAssignmentState, $"This operation can be called with a status of: {allowed}");
        }

        Status = to;
        Version++;
    }
}
