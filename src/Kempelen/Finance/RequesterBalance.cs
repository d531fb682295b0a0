using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Finance;

/// <summary>A requester's money: what is free to spend and what HITs hold in escrow.</summary>
public sealed record RequesterBalance(Money Available, Money OnHold)
{
    public static async Task<RequesterBalance> ReadAsync(KempelenDb db, RequesterId requester, CancellationToken cancellationToken)
    {
        var ids = new[] { Account.AvailableOf(requester), Account.EscrowOf(requester) };
        var balances = await db.Accounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Balance, cancellationToken);
        return new RequesterBalance(
            balances.GetValueOrDefault(ids[0], Money.Zero),
            balances.GetValueOrDefault(ids[1], Money.Zero));
    }
}
