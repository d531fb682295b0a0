using Kempelen.Accounts;

namespace Kempelen.Qualifications;

/// <summary>
/// A requester's refusal of one worker (CreateWorkerBlock): the worker no longer sees or accepts any of that
/// requester's HITs, through any path.
/// </summary>
public sealed class WorkerBlock
{
    public const int MaxReasonLength = 1024;

    private WorkerBlock()
    {
        Reason = string.Empty;
    }

    public RequesterId RequesterId { get; private set; }

    public WorkerId WorkerId { get; private set; }

    public string Reason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static WorkerBlock Create(RequesterId requester, WorkerId worker, string reason, DateTime now)
    {
        ParameterRules.RequireText("Reason", reason, MaxReasonLength);
        return new WorkerBlock { RequesterId = requester, WorkerId = worker, Reason = reason, CreatedAt = now };
    }

    public void ChangeReason(string reason)
    {
        ParameterRules.RequireText("Reason", reason, MaxReasonLength);
        Reason = reason;
    }
}
