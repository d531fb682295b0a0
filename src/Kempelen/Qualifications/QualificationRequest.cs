using Kempelen.Accounts;

namespace Kempelen.Qualifications;

/// <summary>
/// A worker asking for a qualification (mturk-compat §11.3). A test is taken within its duration; the test as it
/// was then and the worker's answers stay with the request, so the owner reviews what the worker saw.
/// </summary>
public sealed class QualificationRequest
{
    public const int MaxReasonLength = 1024;

    private QualificationRequest()
    {
    }

    public QualificationRequestId Id { get; private set; }

    public QualificationTypeId QualificationTypeId { get; private set; }

    public WorkerId WorkerId { get; private set; }

    public QualificationRequestStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When a test must be handed in by; null without a test.</summary>
    public DateTime? TestDeadline { get; private set; }

    public string? Test { get; private set; }

    /// <summary>The worker's answers as QuestionFormAnswers XML.</summary>
    public string? Answer { get; private set; }

    public DateTime? SubmitTime { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public int? GrantedValue { get; private set; }

    public string? Reason { get; private set; }

    public int Version { get; private set; }

    /// <summary>A request waiting for the owner at once: no test to take.</summary>
    public static QualificationRequest Submit(QualificationTypeId type, WorkerId worker, DateTime now) => new()
    {
        Id = QualificationRequestId.New(),
        QualificationTypeId = type,
        WorkerId = worker,
        Status = QualificationRequestStatus.Pending,
        CreatedAt = now,
        SubmitTime = now,
    };

    /// <summary>A request whose test the worker is now taking.</summary>
    public static QualificationRequest StartTest(QualificationType type, WorkerId worker, DateTime now) => new()
    {
        Id = QualificationRequestId.New(),
        QualificationTypeId = type.Id,
        WorkerId = worker,
        Status = QualificationRequestStatus.Taking,
        CreatedAt = now,
        Test = type.Test,
        TestDeadline = now.AddSeconds(type.TestDurationInSeconds ?? 0),
    };

    public bool IsOpenAt(DateTime now) =>
        Status == QualificationRequestStatus.Pending || (Status == QualificationRequestStatus.Taking && TestDeadline > now);

    /// <summary>When the worker last asked: the request was made, its test handed in, or it was decided; retry delays count from here.</summary>
    public DateTime LastAskedAt => DecidedAt ?? SubmitTime ?? CreatedAt;

    /// <summary>The worker hands in the test; it waits for the owner unless the caller grades it at once.</summary>
    public void HandIn(string answer, DateTime now)
    {
        EnsureCanHandIn(now);
        Answer = answer;
        SubmitTime = now;
        Status = QualificationRequestStatus.Pending;
        Version++;
    }

    /// <summary>Refuses answers to a test that was handed in already or whose time ran out.</summary>
    public void EnsureCanHandIn(DateTime now)
    {
        if (Status != QualificationRequestStatus.Taking || TestDeadline <= now)
        {
            throw new DomainException(
                ErrorCode.InvalidQualificationState,
                Status == QualificationRequestStatus.Taking
                    ? "The time to answer this qualification test ran out; request the qualification again to retake it."
                    : "This qualification test was already handed in.");
        }
    }

    public void Grant(int value, DateTime now)
    {
        EnsurePending();
        Status = QualificationRequestStatus.Granted;
        GrantedValue = value;
        DecidedAt = now;
        Version++;
    }

    public void Reject(string? reason, DateTime now)
    {
        EnsurePending();
        ParameterRules.RequireAtMost("Reason", reason, MaxReasonLength);
        Status = QualificationRequestStatus.Rejected;
        Reason = reason;
        DecidedAt = now;
        Version++;
    }

    private void EnsurePending()
    {
        if (Status != QualificationRequestStatus.Pending)
        {
            throw new DomainException(ErrorCode.QualificationRequestDoesNotExist, $"QualificationRequest {Id} does not exist.");
        }
    }
}
