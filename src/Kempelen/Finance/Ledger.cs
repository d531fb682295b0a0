using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Finance;

/// <summary>
/// The only writer of ledger rows and account balances. Every transfer debits with a conditional UPDATE that
/// cannot take an account below zero, so two concurrent spenders can never overdraw: the database decides.
/// Callers post inside their own transaction, next to the state change the money belongs to.
/// </summary>
public sealed class Ledger(KempelenDb db, TimeProvider time)
{
    public async Task PostAsync(Transfer transfer, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Ledger transfers must be posted inside the caller's transaction.");
        }

        if (transfer.Amount.Cents <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(transfer), transfer.Amount, "A transfer moves a positive amount.");
        }

        var cents = transfer.Amount.Cents;
        var debited = await db.Accounts
            .Where(a => a.Id == transfer.From && (a.AllowsNegative || a.BalanceCents >= cents))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceCents, a => a.BalanceCents - cents), cancellationToken);
        if (debited == 0)
        {
            throw new DomainException(
                ErrorCode.InsufficientFunds,
                "This Requester has insufficient funds in their account to complete this transaction. Please visit https://requester.mturk.com/prepayments/new to purchase Prepaid HITs.");
        }

        var credited = await db.Accounts
            .Where(a => a.Id == transfer.To)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceCents, a => a.BalanceCents + cents), cancellationToken);
        if (credited == 0)
        {
            throw new InvalidOperationException($"Ledger account {transfer.To} does not exist.");
        }

        var at = time.UtcNowToTheMillisecond();
        var id = Guid.CreateVersion7(new DateTimeOffset(at));
        db.LedgerEntries.Add(new LedgerEntry(id, transfer.From, -transfer.Amount, transfer.Kind, at, transfer.HitId, transfer.Memo));
        db.LedgerEntries.Add(new LedgerEntry(id, transfer.To, transfer.Amount, transfer.Kind, at, transfer.HitId, transfer.Memo));
    }
}
