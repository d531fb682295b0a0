using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Storage;

namespace Kempelen.Hits;

/// <summary>DeleteHIT: disposes a decided HIT and returns whatever escrow it still holds.</summary>
public sealed class DeleteHit(KempelenDb db, Escrow escrow, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string hitId, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var hit = await db.FindHitAsync(requester, hitId, cancellationToken);
            hit.Dispose(now);
            await escrow.SettleAsync(hit, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
