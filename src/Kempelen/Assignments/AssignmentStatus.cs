namespace Kempelen.Assignments;

/// <summary>
/// An assignment's states (mturk-compat §5.3). The requester API shows only Submitted, Approved and Rejected;
/// Accepted, Returned and Abandoned are internal.
/// </summary>
public enum AssignmentStatus
{
    Accepted,
    Submitted,
    Approved,
    Rejected,
    Returned,
    Abandoned,
}
