using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments;

/// <summary>
/// Loads a worker's or a requester's own assignment; anyone else's answers "does not exist", like an unknown one.
/// A requester's includes work still in progress, so that deciding it is refused for its state (mturk-compat §9.4);
/// returned and abandoned assignments are gone from every requester operation (§5.1).
/// </summary>
public static class WorkerAssignments
{
    public static async Task<Assignment> FindWorkersAssignmentAsync(this KempelenDb db, WorkerId worker, string assignmentId, CancellationToken cancellationToken)
    {
        var id = AssignmentId.From(assignmentId);
        return await db.Assignments.SingleOrDefaultAsync(a => a.Id == id && a.WorkerId == worker, cancellationToken)
            ?? throw DoesNotExist(assignmentId);
    }

    public static async Task<Assignment> FindRequestersAssignmentAsync(this KempelenDb db, RequesterId requester, string assignmentId, CancellationToken cancellationToken)
    {
        var id = AssignmentId.From(assignmentId);
        return await db.Assignments.SingleOrDefaultAsync(
                a => a.Id == id && a.RequesterId == requester && a.Status != AssignmentStatus.Returned && a.Status != AssignmentStatus.Abandoned,
                cancellationToken)
            ?? throw DoesNotExist(assignmentId);
    }

    public static DomainException DoesNotExist(string assignmentId) =>
        new(ErrorCode.AssignmentDoesNotExist, $"Assignment {assignmentId} does not exist.");
}
