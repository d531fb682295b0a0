namespace Kempelen.Batches;

/// <summary>Which of a batch's work the review grid shows: work awaiting a decision, decided work, or all of it.</summary>
public enum ReviewStatus
{
    Submitted,
    Approved,
    Rejected,
    All,
}
