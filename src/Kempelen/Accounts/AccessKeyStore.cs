using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kempelen.Accounts;

/// <summary>
/// Finds the requester and secret of an access key. Decrypted secrets stay in memory for a minute so that a busy
/// client costs no database read per request; a revoked key therefore stops working within that minute.
/// </summary>
public sealed class AccessKeyStore(KempelenDb db, MasterKey masterKey, IMemoryCache cache)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    public async Task<(RequesterId Requester, string Secret)?> FindActiveAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        var cacheKey = "access-key:" + accessKeyId;
        if (cache.TryGetValue(cacheKey, out (RequesterId, string) cached))
        {
            return cached;
        }

        var key = await db.AccessKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Id == accessKeyId && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var found = (key.RequesterId, key.RevealSecret(masterKey));
        cache.Set(cacheKey, found, CacheLifetime);
        return found;
    }
}
