using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kempelen.Accounts;

/// <summary>
/// Finds the requester and secret of an access key. Decrypted secrets stay in memory for <see cref="CacheLifetime"/>
/// so that a busy client costs no database read per request. Revoking a key forgets it on the server that revoked
/// it at once; every other server keeps accepting it until its cached copy expires, so <see cref="CacheLifetime"/>
/// is the bound on how long a revoked key keeps working anywhere.
/// </summary>
public sealed class AccessKeyStore(KempelenDb db, MasterKey masterKey, IMemoryCache cache)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);

    public async Task<(RequesterId Requester, string Secret)?> FindActiveAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        var cacheKey = CacheKey(accessKeyId);
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

    /// <summary>Drops this server's cached copy of a key, so that its revocation takes effect here at once.</summary>
    public void Forget(string accessKeyId) => cache.Remove(CacheKey(accessKeyId));

    private static string CacheKey(string accessKeyId) => "access-key:" + accessKeyId;
}
