using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits;

/// <summary>
/// Loads a requester's own HITs and HIT types. Ownership is part of every lookup, so another requester's ID
/// answers "does not exist", exactly like an unknown one.
/// </summary>
public static class RequesterHits
{
    public static async Task<Hit> FindHitAsync(this KempelenDb db, RequesterId requester, string hitId, CancellationToken cancellationToken)
    {
        var id = HitId.From(hitId);
        return await db.Hits.SingleOrDefaultAsync(h => h.Id == id && h.RequesterId == requester, cancellationToken)
            ?? throw HitDoesNotExist(hitId);
    }

    /// <summary>A HIT by its ID, for work that already established who may touch it (a worker's own assignment).</summary>
    public static async Task<Hit> FindHitByIdAsync(this KempelenDb db, HitId hitId, CancellationToken cancellationToken) =>
        await db.Hits.SingleOrDefaultAsync(h => h.Id == hitId, cancellationToken) ?? throw HitDoesNotExist(hitId.Value);

    public static async Task<HitType> FindHitTypeAsync(this HitTypeCache types, KempelenDb db, RequesterId requester, string hitTypeId, CancellationToken cancellationToken)
    {
        var type = await types.FindAsync(db, HitTypeId.From(hitTypeId), cancellationToken);
        return type is not null && type.RequesterId == requester
            ? type
            : throw new DomainException(ErrorCode.HitTypeDoesNotExist, $"HIT type {hitTypeId} does not exist.");
    }

    public static DomainException HitDoesNotExist(string hitId) => new(ErrorCode.HitDoesNotExist, $"Hit {hitId} does not exist.");
}
