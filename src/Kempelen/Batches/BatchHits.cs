using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>A requester's batch and its HITs, found through the rows they were made from.</summary>
public static class BatchHits
{
    /// <summary>The requester's batch; another requester's is as unknown as a missing one.</summary>
    public static async Task<Batch> FindAsync(KempelenDb db, RequesterId requester, BatchId id, CancellationToken cancellationToken) =>
        await db.Batches.SingleOrDefaultAsync(b => b.Id == id && b.RequesterId == requester, cancellationToken)
            ?? throw new DomainException(ErrorCode.InvalidParameterValue, $"Batch {id} does not exist.", "BatchId");

    public static IQueryable<Hit> Of(KempelenDb db, BatchId id) =>
        db.BatchRows.Where(r => r.BatchId == id).Join(db.Hits, r => r.HitId, h => h.Id, (r, h) => h);
}
