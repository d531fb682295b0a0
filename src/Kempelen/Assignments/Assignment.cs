using System.Linq.Expressions;
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
        if ((Status == AssignmentStatus.Accepted && IsPastDeadline(now)) || Status == AssignmentStatus.Abandoned)
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

    /// <summary>
    /// Approves submitted work, or overrides a rejection within 30 days of submission (mturk-compat §9.4).
    /// Returns whether the money must come fresh from the requester: a rejection already released its escrow.
    /// </summary>
    public bool Approve(string? feedback, bool overrideRejection, DateTime now)
    {
        CheckFeedback(feedback);
        EnsureDecidable(approve: true, overrideRejection);
        var overriding = Status == AssignmentStatus.Rejected;
        if (overriding && now > SubmitTime!.Value.Add(OverrideWindow))
        {
            throw new DomainException(ErrorCode.InvalidAssignmentState, $"Assignment {Id} was submitted more than 30 days ago; its rejection can no longer be overridden.");
        }

        Move(AssignmentStatus.Approved, "Submitted");
        ApprovalTime = now;

        // After an override the rejection no longer stands (mturk-compat §5.3).
        RejectionTime = null;
        RequesterFeedback = feedback ?? RequesterFeedback;
        return overriding;
    }

    public void Reject(string feedback, DateTime now)
    {
        ParameterRules.RequireText("RequesterFeedback", feedback, MaxFeedbackLength);
        CheckFeedback(feedback);
        EnsureDecidable(approve: false, overrideRejection: false);
        Move(AssignmentStatus.Rejected, "Submitted");
        RejectionTime = now;
        RequesterFeedback = feedback;
    }

    /// <summary>
    /// Why this assignment cannot take a decision, or null when it can: submitted work can be approved or rejected,
    /// and a rejection overridden by an approval when the caller asks to. Callers that decide many assignments report
    /// the reason per assignment ("already approved.") where a single decision fails.
    /// </summary>
    public string? DecisionRefusal(bool approve, bool overrideRejection) => Status switch
    {
        AssignmentStatus.Submitted => null,
        AssignmentStatus.Rejected when approve && overrideRejection => null,
        AssignmentStatus.Approved => "already approved.",
        AssignmentStatus.Rejected => "already rejected.",
        _ => "not submitted, so there is nothing to decide.",
    };

    /// <summary>
    /// Work that was handed in: submitted, then perhaps approved or rejected. What a requester reviews and downloads;
    /// accepted work is not done yet and returned or abandoned work never was.
    /// </summary>
    public static readonly Expression<Func<Assignment, bool>> HandedIn =
        a => a.Status == AssignmentStatus.Submitted || a.Status == AssignmentStatus.Approved || a.Status == AssignmentStatus.Rejected;

    public bool IsDueForAutoApproval(DateTime now) => Status == AssignmentStatus.Submitted && AutoApprovalTime <= now;

    public const int MaxFeedbackLength = 1024;

    /// <summary>Feedback is shown to the worker: at most 1,024 characters, no control characters but tab and line breaks (mturk-compat §5.4).</summary>
    public static void CheckFeedback(string? feedback)
    {
        ParameterRules.RequireAtMost("RequesterFeedback", feedback, MaxFeedbackLength);
        if (feedback is not null && feedback.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            throw DomainException.InvalidParameter("RequesterFeedback", "RequesterFeedback may not contain control characters other than tab, line feed and carriage return.");
        }
    }

    /// <summary>How long after submission a rejection may be overridden.</summary>
    public static readonly TimeSpan OverrideWindow = TimeSpan.FromDays(30);

    // MTurk's answer for any status but Submitted, whatever the reason.
    private void EnsureDecidable(bool approve, bool overrideRejection)
    {
        if (DecisionRefusal(approve, overrideRejection) is not null)
        {
            throw new DomainException(ErrorCode.InvalidAssignmentState, "This operation can be called with a status of: Submitted");
        }
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
