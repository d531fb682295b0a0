using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record GetQualificationScoreRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;

    public string WorkerId { get; init; } = string.Empty;
}

public sealed record GetQualificationScoreResponse(Wire.Qualification Qualification);

/// <summary>The owner reads a worker's granted value (mturk-compat §9.6); a revoked qualification has none to read.</summary>
public sealed class GetQualificationScoreOperation(KempelenDb db) : IMTurkOperation<GetQualificationScoreRequest, GetQualificationScoreResponse>
{
    public async Task<GetQualificationScoreResponse> ExecuteAsync(GetQualificationScoreRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var type = await db.FindOwnedQualificationTypeAsync(caller, request.QualificationTypeId, cancellationToken);
        var worker = WorkerId.From(request.WorkerId);
        var held = await db.Qualifications.AsNoTracking().SingleOrDefaultAsync(q => q.QualificationTypeId == type.Id && q.WorkerId == worker, cancellationToken)
            ?? throw RevokeQualification.DoesNotExist(request.QualificationTypeId, request.WorkerId);
        if (held.Status == QualificationStatus.Revoked)
        {
            throw new DomainException(
                ErrorCode.InvalidQualificationState,
                $"This operation can be called with a status of: Granted. Worker {request.WorkerId}'s qualification {request.QualificationTypeId} was revoked.");
        }

        return new GetQualificationScoreResponse(Wire.Qualification.From(held));
    }
}
