using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments.Operations;

public sealed record GetAssignmentRequest
{
    public string AssignmentId { get; init; } = string.Empty;
}

public sealed record GetAssignmentResponse(Protocol.Shapes.Assignment Assignment, HIT HIT);

/// <summary>GetAssignment returns the HIT too (mturk-compat §15.7); work still in progress is refused (§9.2).</summary>
public sealed class GetAssignmentOperation(KempelenDb db, HitTypeCache types, TimeProvider time) : IMTurkOperation<GetAssignmentRequest, GetAssignmentResponse>
{
    public async Task<GetAssignmentResponse> ExecuteAsync(GetAssignmentRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var id = AssignmentId.From(request.AssignmentId);
        var assignment = await db.Assignments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id && a.RequesterId == caller && a.Status != AssignmentStatus.Returned && a.Status != AssignmentStatus.Abandoned, cancellationToken)
            ?? throw new DomainException(ErrorCode.AssignmentDoesNotExist, $"Assignment {request.AssignmentId} does not exist.");
        if (assignment.Status == AssignmentStatus.Accepted)
        {
            // The message's odd status list is MTurk's own (mturk-compat §9.2).
            throw new DomainException(ErrorCode.InvalidAssignmentState, "This operation can be called with a status of: Reviewable,Approved,Rejected");
        }

        var hit = await db.Hits.AsNoTracking().SingleAsync(h => h.Id == assignment.HitId, cancellationToken);
        var type = await types.OfAsync(db, hit, cancellationToken);
        return new GetAssignmentResponse(Protocol.Shapes.Assignment.From(assignment), HIT.From(hit, type, time.UtcNowToTheMillisecond()));
    }
}
