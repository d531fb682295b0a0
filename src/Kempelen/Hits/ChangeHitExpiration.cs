using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Storage;

namespace Kempelen.Hits;

/// <summary>Expires a HIT now or extends it, moving escrow for the slots that stop or start being payable.</summary>
public sealed class ChangeHitExpiration(KempelenDb db, Escrow escrow, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string hitId, DateTime expireAt, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var hit = await db.FindHitAsync(requester, hitId, cancellationToken);
            hit.ChangeExpiration(expireAt, now);
            await escrow.SettleAsync(hit, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
