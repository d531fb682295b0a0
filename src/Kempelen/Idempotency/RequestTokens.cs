using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Idempotency;

/// <summary>Remembers UniqueRequestTokens inside the transaction that creates the entity they name (mturk-compat §7).</summary>
public sealed class RequestTokens(KempelenDb db)
{
    /// <summary>A token for a web form that moves money, rendered with the form so that sending it twice acts once.</summary>
    public static string NewFormToken() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction, at most once per token. A token remembered from the last
    /// 24 hours, or one that wins a race in a parallel request (the primary key settles it), does not run the work
    /// again: <paramref name="remembered"/> answers instead, given the ID of the entity the first request made, once
    /// the transaction is over. MTurk operations refuse the repeat with an error naming that entity (mturk-compat §7);
    /// publishing a batch answers the batch. Without a token the work just runs.
    /// </summary>
    public async Task<T> RunOnceAsync<T>(
        RequesterId requester,
        RequestTokenScope scope,
        string? token,
        DateTime now,
        Func<string, Task<T>> remembered,
        Func<Task<(T Result, string EntityId)>> work,
        CancellationToken cancellationToken)
    {
        string? done;
        try
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            done = token is null ? null : await FindRememberedAsync(requester, scope, token, now, cancellationToken);
            if (done is null)
            {
                var (result, entityId) = await work();
                if (token is not null)
                {
                    db.RequestTokens.Add(RequestToken.Record(requester, scope, token, entityId, now));
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
        }
        catch (DbUpdateException exception) when (token is not null && DatabaseErrors.IsUniqueViolation(exception))
        {
            // The same token won a race in another request; its transaction committed and ours rolled back.
            db.ChangeTracker.Clear();
            done = await FindRememberedAsync(requester, scope, token, now, cancellationToken);
            if (done is null)
            {
                throw;
            }
        }

        return await remembered(done);
    }

    /// <summary>The entity a live token already created, or null; only reads, for a check before costly work.</summary>
    public async Task<string?> RememberedAsync(RequesterId requester, RequestTokenScope scope, string token, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await Find(requester, scope, token).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return existing is not null && existing.IsRememberedAt(now) ? existing.EntityId : null;
    }

    /// <summary>The entity a live token already created, or null; a forgotten token (older than 24 h) is removed.</summary>
    private async Task<string?> FindRememberedAsync(RequesterId requester, RequestTokenScope scope, string token, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await Find(requester, scope, token).SingleOrDefaultAsync(cancellationToken);
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

    private IQueryable<RequestToken> Find(RequesterId requester, RequestTokenScope scope, string token) =>
        db.RequestTokens.Where(t => t.RequesterId == requester && t.Scope == scope && t.Token == token);
}
