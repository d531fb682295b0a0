using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits;

/// <summary>
/// Loads a requester's own HITs and HIT types. Ownership is part of the same query, so another requester's ID
/// answers "does not exist", exactly like an unknown one.
/// </summary>
public static class RequesterHits
{
    public static async Task<Hit> FindHitAsync(this KempelenDb db, RequesterId requester, string hitId, CancellationToken cancellationToken)
    {
        var id = HitId.From(hitId);
        return await db.Hits.SingleOrDefaultAsync(h => h.Id == id && h.RequesterId == requester, cancellationToken)
            ?? throw new DomainException(ErrorCode.HitDoesNotExist, $"Hit {hitId} does not exist.");
    }

    public static async Task<HitType> FindHitTypeAsync(this KempelenDb db, RequesterId requester, string hitTypeId, CancellationToken cancellationToken)
    {
        var id = HitTypeId.From(hitTypeId);
        return await db.HitTypes.SingleOrDefaultAsync(t => t.Id == id && t.RequesterId == requester, cancellationToken)
            ?? throw new DomainException(ErrorCode.HitTypeDoesNotExist, $"HIT type {hitTypeId} does not exist.");
    }
}
