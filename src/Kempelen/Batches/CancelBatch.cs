using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// Stops a batch: every HIT of it still open expires now, as UpdateExpirationForHIT with a past instant does, and
/// the escrow of its unfilled slots is released by the rule HIT expiry uses (<see cref="Hits.Hit.EscrowRequiredAt"/>),
/// in one transaction with one transfer. Work already accepted may still be submitted and paid.
/// </summary>
public sealed class CancelBatch(KempelenDb db, Escrow escrow, TimeProvider time)
{
    /// <summary>Returns how many HITs it expired.</summary>
    public Task<int> ExecuteAsync(RequesterId requester, BatchId id, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            await BatchHits.FindAsync(db, requester, id, cancellationToken);
            var hits = await BatchHits.Of(db, id)
                .Where(h => h.DisposedAt == null && (h.Expiration > now || !h.ExpirySettled))
                .ToListAsync(cancellationToken);
            foreach (var hit in hits)
            {
                hit.ChangeExpiration(now, now);
            }

            await escrow.SettleAllAsync(requester, hits, now, $"Batch {id} cancelled", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return hits.Count;
        });
}
