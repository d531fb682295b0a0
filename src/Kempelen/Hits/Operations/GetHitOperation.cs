using System.Collections.Concurrent;
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

public sealed class GetHitOperation(KempelenDb db, HitTypeCache types, TimeProvider time) : IMTurkOperation<GetHITRequest, GetHITResponse>
{
    // GetHIT is the hottest read; a compiled query skips EF's per-call expression analysis (bench/README.md).
    // A compiled query binds to the first model it runs on, so each provider's context type gets its own.
    private static readonly ConcurrentDictionary<Type, Func<KempelenDb, HitId, RequesterId, Task<Hit?>>> Queries = new();

    public async Task<GetHITResponse> ExecuteAsync(GetHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var id = HitId.From(request.HITId);
        var query = Queries.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery(
            (KempelenDb context, HitId hitId, RequesterId requester) => context.Hits.AsNoTracking().SingleOrDefault(h => h.Id == hitId && h.RequesterId == requester)));
        var hit = await query(db, id, caller)
            ?? throw RequesterHits.HitDoesNotExist(request.HITId);
        var type = await types.OfAsync(db, hit, cancellationToken);
        return new GetHITResponse(HIT.From(hit, type, time.UtcNowToTheMillisecond()));
    }
}
