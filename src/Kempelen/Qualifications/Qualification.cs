using Kempelen.Accounts;

namespace Kempelen.Qualifications;

/// <summary>
/// A worker's standing in one of a requester's qualification types: granted with a value, or revoked with the
/// reason the worker is shown (mturk-compat §9.6). System types are computed, never stored (<see cref="WorkerStanding"/>).
/// </summary>
public sealed class Qualification
{
    public const int MaxReasonLength = 1024;

    private Qualification()
    {
    }

    public QualificationTypeId QualificationTypeId { get; private set; }

    public WorkerId WorkerId { get; private set; }

    public int IntegerValue { get; private set; }

    public QualificationStatus Status { get; private set; }

    public DateTime GrantTime { get; private set; }

    public string? RevokeReason { get; private set; }

    public int Version { get; private set; }

    public static Qualification Grant(QualificationTypeId type, WorkerId worker, int value, DateTime now) => new()
    {
        QualificationTypeId = type,
        WorkerId = worker,
        IntegerValue = value,
        Status = QualificationStatus.Granted,
        GrantTime = now,
    };

    public void Revoke(string? reason)
    {
        ParameterRules.RequireAtMost("Reason", reason, MaxReasonLength);
        Status = QualificationStatus.Revoked;
        RevokeReason = reason;
        Version++;
    }
}
