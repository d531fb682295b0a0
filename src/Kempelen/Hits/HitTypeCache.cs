using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kempelen.Hits;

/// <summary>
/// HIT types never change once defined, so every server can keep the ones it has seen in memory: creating a HIT
/// of a known type, reading or listing HITs then costs no query for the type. No invalidation is needed.
/// </summary>
public sealed class HitTypeCache(IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };

    public async Task<HitType?> FindAsync(KempelenDb db, HitTypeId id, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(id, out HitType? cached))
        {
            return cached;
        }

        var type = await db.HitTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return type is null ? null : Remember(type);
    }

    /// <summary>The type of a HIT; every HIT has one (a foreign key guarantees it).</summary>
    public async Task<HitType> OfAsync(KempelenDb db, Hit hit, CancellationToken cancellationToken) =>
        await FindAsync(db, hit.HitTypeId, cancellationToken)
            ?? throw new InvalidOperationException($"HIT {hit.Id} refers to a HIT type that does not exist.");

    public async Task<HitType?> FindByFingerprintAsync(KempelenDb db, RequesterId requester, string fingerprint, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((requester, fingerprint), out HitTypeId id) && cache.TryGetValue(id, out HitType? cached))
        {
            return cached;
        }

        var type = await db.HitTypes.AsNoTracking().SingleOrDefaultAsync(t => t.RequesterId == requester && t.Fingerprint == fingerprint, cancellationToken);
        return type is null ? null : Remember(type);
    }

    public HitType Remember(HitType type)
    {
        cache.Set(type.Id, type, Entry);
        cache.Set((type.RequesterId, type.Fingerprint), type.Id, Entry);
        return type;
    }
}
