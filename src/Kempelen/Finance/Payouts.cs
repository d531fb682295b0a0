using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Storage;

namespace Kempelen.Finance;

/// <summary>
/// Pays a worker for one approved slot of a HIT: the reward to the worker's earnings and the rest of the slot's
/// cost (the commission) to the platform.
/// </summary>
public sealed class Payouts(KempelenDb db, Ledger ledger)
{
    /// <summary>The usual case: the slot's escrow becomes the payment.</summary>
    public async Task PayFromEscrowAsync(Hit hit, WorkerId worker, Money reward, string memo, DateTime now, CancellationToken cancellationToken)
    {
        hit.RecordEscrowChange(-hit.SlotCost, now);

        // Claim the HIT (its version) before money moves, as Escrow does.
        await db.SaveChangesAsync(cancellationToken);
        await PayAsync(Account.EscrowOf(hit.RequesterId), hit, worker, reward, memo, cancellationToken);
    }

    /// <summary>
    /// Overriding a rejection: its escrow went back to the requester at rejection, so the payment needs fresh
    /// money and may fail for lack of it (mturk-compat §6.2).
    /// </summary>
    public Task PayFromBalanceAsync(Hit hit, WorkerId worker, Money reward, string memo, CancellationToken cancellationToken) =>
        PayAsync(Account.AvailableOf(hit.RequesterId), hit, worker, reward, memo, cancellationToken);

    private async Task PayAsync(string payer, Hit hit, WorkerId worker, Money reward, string memo, CancellationToken cancellationToken)
    {
        await ledger.PostAsync(new Transfer(TransferKind.Payout, payer, Account.EarningsOf(worker), reward, hit.Id, memo), cancellationToken);
        var commission = hit.SlotCost - reward;
        if (commission > Money.Zero)
        {
            await ledger.PostAsync(new Transfer(TransferKind.Fee, payer, Account.PlatformFeesId, commission, hit.Id, memo), cancellationToken);
        }
    }
}
