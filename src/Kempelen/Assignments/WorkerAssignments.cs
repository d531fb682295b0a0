using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments;

/// <summary>Loads a worker's own assignment; anyone else's answers "does not exist", like an unknown one.</summary>
public static class WorkerAssignments
{
    public static async Task<Assignment> FindWorkersAssignmentAsync(this KempelenDb db, WorkerId worker, string assignmentId, CancellationToken cancellationToken)
    {
        var id = AssignmentId.From(assignmentId);
        return await db.Assignments.SingleOrDefaultAsync(a => a.Id == id && a.WorkerId == worker, cancellationToken)
            ?? throw new DomainException(ErrorCode.AssignmentDoesNotExist, $"Assignment {assignmentId} does not exist.");
    }
}
