using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Finance;

/// <summary>
/// The only writer of ledger rows and account balances. A transfer is one conditional UPDATE over both accounts:
/// the payer's row changes only if it can pay, so two concurrent spenders can never overdraw — the database
/// decides. Callers post inside their own transaction, next to the state change the money belongs to; a refused
/// transfer throws and the caller's transaction rolls back whatever it had done.
/// </summary>
public sealed class Ledger(KempelenDb db, TimeProvider time)
{
    public async Task PostAsync(Transfer transfer, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Ledger transfers must be posted inside the caller's transaction.");
        }

        if (transfer.Amount.Cents <= 0 || transfer.From == transfer.To)
        {
            throw new ArgumentOutOfRangeException(nameof(transfer), transfer, "A transfer moves a positive amount between two accounts.");
        }

        var cents = transfer.Amount.Cents;
        var (from, to) = (transfer.From, transfer.To);
        var changed = await db.Accounts
            .Where(a => (a.Id == from && (a.AllowsNegative || a.BalanceCents >= cents)) || a.Id == to)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceCents, a => a.Id == to ? a.BalanceCents + cents : a.BalanceCents - cents), cancellationToken);
        if (changed != 2)
        {
            throw new DomainException(
                ErrorCode.InsufficientFunds,
                "This Requester has insufficient funds in their account to complete this transaction. Please visit https://requester.mturk.com/prepayments/new to purchase Prepaid HITs.");
        }

        var at = time.UtcNowToTheMillisecond();
        var id = Guid.CreateVersion7(new DateTimeOffset(at));
        db.LedgerEntries.Add(new LedgerEntry(id, transfer.From, -transfer.Amount, transfer.Kind, at, transfer.HitId, transfer.Memo));
        db.LedgerEntries.Add(new LedgerEntry(id, transfer.To, transfer.Amount, transfer.Kind, at, transfer.HitId, transfer.Memo));
    }
}
