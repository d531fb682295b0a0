using System.Globalization;
using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// N more assignments on every HIT of a batch that is still open, by CreateAdditionalAssignmentsForHIT's rules
/// (<see cref="Hits.Hit.AddAssignments"/>), with their escrow held in one transfer: all of them or none.
/// </summary>
public sealed class AddBatchAssignments(KempelenDb db, Escrow escrow, FeePolicy fees, TimeProvider time)
{
    /// <summary>Returns how many HITs got more assignments and the escrow held for them.</summary>
    public Task<(int Hits, Money Held)> ExecuteAsync(RequesterId requester, BatchId id, int count, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            await BatchHits.FindAsync(db, requester, id, cancellationToken);
            var hits = await BatchHits.Of(db, id).Where(h => h.DisposedAt == null && h.Expiration > now).ToListAsync(cancellationToken);
            if (hits.Count == 0)
            {
                throw new DomainException(ErrorCode.InvalidHitState, $"Batch {id} has no open HITs: they have all expired or been deleted.");
            }

            foreach (var hit in hits)
            {
                hit.AddAssignments(count, fees.LargeHitAssignments, now);
            }

            var held = await escrow.SettleAllAsync(requester, hits, now, string.Create(CultureInfo.InvariantCulture, $"Batch {id}: {count} more assignments per open HIT"), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (hits.Count, held);
        });
}
