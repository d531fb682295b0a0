namespace Kempelen.Assignments;

/// <summary>The one table of allowed assignment transitions (mturk-compat §5.3).</summary>
public static class AssignmentLifecycle
{
    public static bool CanMove(AssignmentStatus from, AssignmentStatus to) => from switch
    {
        AssignmentStatus.Accepted => to is AssignmentStatus.Submitted or AssignmentStatus.Returned or AssignmentStatus.Abandoned,
        AssignmentStatus.Submitted => to is AssignmentStatus.Approved or AssignmentStatus.Rejected,

        // A rejection may be overridden by an approval (ApproveAssignment with OverrideRejection).
        AssignmentStatus.Rejected => to is AssignmentStatus.Approved,
        AssignmentStatus.Approved or AssignmentStatus.Returned or AssignmentStatus.Abandoned => false,
    };

    /// <summary>Statuses in which the worker still holds the HIT's slot or its result.</summary>
    public static bool HoldsSlot(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Accepted or AssignmentStatus.Submitted or AssignmentStatus.Approved or AssignmentStatus.Rejected => true,
        AssignmentStatus.Returned or AssignmentStatus.Abandoned => false,
    };
}
