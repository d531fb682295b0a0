using Kempelen.Hits;

namespace Kempelen.Finance;

/// <summary>
/// Keeps a HIT's escrow equal to what it may still pay. Creation, extension, expiry, new assignments, a change of
/// terms and disposal all come down to one move: hold the shortfall or release the surplus.
/// </summary>
public sealed class Escrow(Ledger ledger)
{
    public async Task SettleAsync(Hit hit, DateTime now, CancellationToken cancellationToken)
    {
        var change = hit.EscrowRequiredAt(now) - hit.Escrow;
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

        hit.RecordEscrowChange(change, now);
    }
}
