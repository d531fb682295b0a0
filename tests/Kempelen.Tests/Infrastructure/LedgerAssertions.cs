using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Tests.Infrastructure;

/// <summary>The money invariants every scenario ends by checking.</summary>
public static class LedgerAssertions
{
    public static async Task AssertBalancedAsync(KempelenDb db)
    {
        var entries = await db.LedgerEntries.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var hits = await db.Hits.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, entries.Sum(e => e.Amount.Cents));
        Assert.Equal(0, accounts.Sum(a => a.BalanceCents));
        Assert.All(entries.GroupBy(e => e.TransferId), transfer => Assert.Equal(0, transfer.Sum(e => e.Amount.Cents)));
        foreach (var account in accounts)
        {
            Assert.Equal(entries.Where(e => e.AccountId == account.Id).Sum(e => e.Amount.Cents), account.BalanceCents);
            Assert.True(account.AllowsNegative || account.BalanceCents >= 0, $"{account.Id} is overdrawn: {account.Balance}");
        }

        foreach (var escrow in accounts.Where(a => a.Kind == AccountKind.RequesterEscrow))
        {
            var held = hits.Where(h => Account.EscrowOf(h.RequesterId) == escrow.Id).Sum(h => h.Escrow.Cents);
            Assert.Equal(held, escrow.BalanceCents);
        }
    }
}
