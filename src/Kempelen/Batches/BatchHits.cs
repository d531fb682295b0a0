using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// A requester's batch and its HITs, found through the rows they were made from. Ownership is part of every lookup:
/// another requester's batch is as unknown as a missing one.
/// </summary>
public static class BatchHits
{
    /// <summary>The requester's batch as a query, for readers that project or read without tracking.</summary>
    public static IQueryable<Batch> Owned(KempelenDb db, RequesterId requester, BatchId id) =>
        db.Batches.Where(b => b.Id == id && b.RequesterId == requester);

    /// <summary>Refuses a batch the requester does not have, before work on its rows.</summary>
    public static async Task EnsureExistsAsync(KempelenDb db, RequesterId requester, BatchId id, CancellationToken cancellationToken)
    {
        if (!await Owned(db, requester, id).AnyAsync(cancellationToken))
        {
            throw DoesNotExist(id);
        }
    }

    public static async Task<Batch> FindAsync(KempelenDb db, RequesterId requester, BatchId id, CancellationToken cancellationToken) =>
        await Owned(db, requester, id).SingleOrDefaultAsync(cancellationToken) ?? throw DoesNotExist(id);

    public static IQueryable<Hit> Of(KempelenDb db, BatchId id) =>
        db.BatchRows.Where(r => r.BatchId == id).Join(db.Hits, r => r.HitId, h => h.Id, (r, h) => h);

    private static DomainException DoesNotExist(BatchId id) => new(ErrorCode.InvalidParameterValue, $"Batch {id} does not exist.", "BatchId");
}
