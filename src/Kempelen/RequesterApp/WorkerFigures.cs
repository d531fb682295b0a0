using Kempelen.Accounts;

namespace Kempelen.RequesterApp;

/// <summary>What one worker did for one requester: assignments by status, how they were judged, how long they took.</summary>
public sealed record WorkerFigures(
    WorkerId WorkerId,
    int InProgress,
    int Submitted,
    int Approved,
    int Rejected,
    int Returned,
    int Abandoned,
    double? AverageWorkSeconds,
    DateTime LastActivity,
    bool Blocked)
{
    public int Total => InProgress + Submitted + Approved + Rejected + Returned + Abandoned;

    /// <summary>Approved over approved and rejected; none while nothing was decided.</summary>
    public double? ApprovalRate => Approved + Rejected == 0 ? null : (double)Approved / (Approved + Rejected);
}
