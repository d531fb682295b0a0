using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Accounts;

/// <summary>
/// Retires one of the requester's key pairs: MTurk calls signed with it are refused on this server at once and on
/// every other server within <see cref="AccessKeyStore.CacheLifetime"/>.
/// </summary>
public sealed class RevokeAccessKey(KempelenDb db, AccessKeyStore keys, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string accessKeyId, CancellationToken cancellationToken)
    {
        // Another requester's key reads as missing, so key IDs cannot be probed through this.
        var key = await db.AccessKeys.SingleOrDefaultAsync(k => k.Id == accessKeyId && k.RequesterId == requester, cancellationToken)
            ?? throw DomainException.InvalidParameter("AccessKeyId", $"You have no access key {accessKeyId}.");
        key.Revoke(time.UtcNowToTheMillisecond());
        await db.SaveChangesAsync(cancellationToken);
        keys.Forget(key.Id);
    }
}
