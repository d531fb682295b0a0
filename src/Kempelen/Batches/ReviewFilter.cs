using Kempelen.Accounts;

namespace Kempelen.Batches;

/// <summary>The review grid's filter: a status (or all reviewable work) and, optionally, one worker's work.</summary>
public sealed record ReviewFilter(ReviewStatus Status, WorkerId? Worker)
{
    /// <summary>Whether the filter can match work awaiting a decision, which "all matching" decides.</summary>
    public bool CanDecideMatching => Status is ReviewStatus.Submitted or ReviewStatus.All;
}
