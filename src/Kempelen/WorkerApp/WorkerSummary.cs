using Kempelen.Finance;

namespace Kempelen.WorkerApp;

/// <summary>The dashboard: counts by state, rewards awaiting a decision and approved, and the earnings balance (with bonuses).</summary>
public sealed record WorkerSummary(int Accepted, int Submitted, int Approved, int Rejected, Money PendingEarnings, Money ApprovedEarnings, Money Balance)
{
    /// <summary>Approved out of decided work, or null before any decision.</summary>
    public double? ApprovalRate => Approved + Rejected == 0 ? null : (double)Approved / (Approved + Rejected);
}
