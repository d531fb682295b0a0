using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Finance;

/// <summary>
/// Keeps a HIT's escrow equal to what it may still pay. Creation, extension, expiry, new assignments, a change of
/// terms and disposal all come down to one move: hold the shortfall or release the surplus.
/// </summary>
public sealed class Escrow(KempelenDb db, Ledger ledger)
{
    public async Task SettleAsync(Hit hit, DateTime now, CancellationToken cancellationToken)
    {
        var change = hit.EscrowRequiredAt(now) - hit.Escrow;
        hit.RecordEscrowChange(change, now);

        // An existing HIT's row is written first: its version check claims the HIT, so a second settler working
        // from a stale read fails on the version before it can move any money. A HIT being created is nobody
        // else's yet; it is inserted with the caller's final save.
        if (db.Entry(hit).State != EntityState.Added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (change > Money.Zero)
        {
            await ledger.PostAsync(
                new Transfer(TransferKind.EscrowHold, Account.AvailableOf(hit.RequesterId), Account.EscrowOf(hit.RequesterId), change, hit.Id),
                cancellationToken);
        }
        else if (change < Money.Zero)
        {
            await ledger.PostAsync(
                new Transfer(TransferKind.EscrowRelease, Account.EscrowOf(hit.RequesterId), Account.AvailableOf(hit.RequesterId), -change, hit.Id),
                cancellationToken);
        }
    }
}
