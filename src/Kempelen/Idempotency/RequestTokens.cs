using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Idempotency;

/// <summary>Remembers UniqueRequestTokens inside the transaction that creates the entity they name.</summary>
public sealed class RequestTokens(KempelenDb db)
{
    /// <summary>The entity a live token already created, or null; a forgotten token (older than 24 h) is removed.</summary>
    public async Task<string?> FindRememberedAsync(RequesterId requester, RequestTokenScope scope, string token, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.RequestTokens.SingleOrDefaultAsync(
            t => t.RequesterId == requester && t.Scope == scope && t.Token == token,
            cancellationToken);
        if (existing is null)
        {
            return null;
        }

        if (existing.IsRememberedAt(now))
        {
            return existing.EntityId;
        }

        db.RequestTokens.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public void Remember(RequesterId requester, RequestTokenScope scope, string token, string entityId, DateTime now) =>
        db.RequestTokens.Add(RequestToken.Record(requester, scope, token, entityId, now));
}
