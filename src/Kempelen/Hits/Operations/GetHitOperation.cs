using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits.Operations;

public sealed record GetHITRequest
{
    public string HITId { get; init; } = string.Empty;
}

public sealed record GetHITResponse(HIT HIT);

public sealed class GetHitOperation(KempelenDb db, TimeProvider time) : IMTurkOperation<GetHITRequest, GetHITResponse>
{
    public async Task<GetHITResponse> ExecuteAsync(GetHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var id = HitId.From(request.HITId);
        var found = await db.Hits.AsNoTracking()
            .Where(h => h.Id == id && h.RequesterId == caller)
            .Join(db.HitTypes, h => h.HitTypeId, t => t.Id, (h, t) => new { Hit = h, Type = t })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(ErrorCode.HitDoesNotExist, $"Hit {request.HITId} does not exist.");
        return new GetHITResponse(HIT.From(found.Hit, found.Type, time.UtcNowToTheMillisecond()));
    }
}
