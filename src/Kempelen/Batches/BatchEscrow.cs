using Kempelen.Accounts;
using Kempelen.Finance;

namespace Kempelen.Batches;

/// <summary>A whole batch's escrow change as one transfer: held when positive, released when negative.</summary>
internal static class BatchEscrow
{
    public static async Task PostAsync(Ledger ledger, RequesterId requester, Money change, string memo, CancellationToken cancellationToken)
    {
        if (change > Money.Zero)
        {
            await ledger.PostAsync(new Transfer(TransferKind.EscrowHold, Account.AvailableOf(requester), Account.EscrowOf(requester), change, Memo: memo), cancellationToken);
        }
        else if (change < Money.Zero)
        {
            await ledger.PostAsync(new Transfer(TransferKind.EscrowRelease, Account.EscrowOf(requester), Account.AvailableOf(requester), -change, Memo: memo), cancellationToken);
        }
    }
}
