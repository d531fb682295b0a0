using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Finance;

/// <summary>Records money a requester paid in: a transfer from the deposits account to their available balance.</summary>
public sealed class AddFunds(KempelenDb db, Ledger ledger)
{
    public async Task ExecuteAsync(RequesterId requester, Money amount, CancellationToken cancellationToken)
    {
        if (amount <= Money.Zero)
        {
            throw DomainException.InvalidParameter("amount", $"The amount to add must be at least 0.01; got '{amount}'.");
        }

        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        if (!await db.Requesters.AnyAsync(r => r.Id == requester, cancellationToken))
        {
            throw new DomainException(ErrorCode.NotAuthorized, $"Requester {requester} does not exist.");
        }

        await ledger.PostAsync(new Transfer(TransferKind.Deposit, Account.DepositsId, Account.AvailableOf(requester), amount, Memo: "Funds added"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
