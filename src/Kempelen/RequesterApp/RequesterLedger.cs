using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp;

/// <summary>The entries of a requester's available and escrow accounts, newest first, a page at a time.</summary>
public sealed class RequesterLedger(KempelenDb db)
{
    public const int PageSize = 50;

    /// <summary>
    /// Keyset paging by (time, entry ID): entries written in the same millisecond are neither skipped nor repeated
    /// across pages. Each account is read on its own (account, time) index range and the two pages are merged, so a
    /// page costs the same however long the history.
    /// </summary>
    public async Task<IReadOnlyList<LedgerLine>> PageAsync(RequesterId requester, (DateTime At, Guid Id)? before, CancellationToken cancellationToken)
    {
        var available = await AccountPageAsync(Account.AvailableOf(requester), escrow: false, before, cancellationToken);
        var escrow = await AccountPageAsync(Account.EscrowOf(requester), escrow: true, before, cancellationToken);
        return available.Concat(escrow).OrderByDescending(l => l.At).ThenByDescending(l => l.Id).Take(PageSize).ToList();
    }

    private async Task<List<LedgerLine>> AccountPageAsync(string accountId, bool escrow, (DateTime At, Guid Id)? before, CancellationToken cancellationToken)
    {
        var entries = db.LedgerEntries.AsNoTracking().Where(e => e.AccountId == accountId);
        if (before is { } position)
        {
            // The first condition is implied by the second; it bounds the index range so the scan starts at the position.
            entries = entries.Where(e => e.At <= position.At && (e.At < position.At || e.Id.CompareTo(position.Id) < 0));
        }

        return await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(PageSize)
            .Select(e => new LedgerLine(e.Id, e.At, e.Kind, escrow, e.Amount, e.HitId, e.Memo))
            .ToListAsync(cancellationToken);
    }
}
