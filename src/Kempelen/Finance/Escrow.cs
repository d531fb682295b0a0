using Kempelen.Accounts;
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
        var change = Record(hit, now);

        // An existing HIT's row is written first: its version check claims the HIT, so a second settler working
        // from a stale read fails on the version before it can move any money. A HIT being created is nobody
        // else's yet; it is inserted with the caller's final save.
        if (db.Entry(hit).State != EntityState.Added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await MoveAsync(hit.RequesterId, change, hit.Id, memo: null, cancellationToken);
    }

    /// <summary>
    /// Settles many existing HITs of one requester (a batch) with one transfer of their net change; the HIT rows
    /// are written first, as in <see cref="SettleAsync"/>. Returns the net change.
    /// </summary>
    public async Task<Money> SettleAllAsync(RequesterId requester, IEnumerable<Hit> hits, DateTime now, string memo, CancellationToken cancellationToken)
    {
        var change = hits.Aggregate(Money.Zero, (sum, hit) => sum + Record(hit, now));
        await db.SaveChangesAsync(cancellationToken);
        await MoveAsync(requester, change, hitId: null, memo, cancellationToken);
        return change;
    }

    /// <summary>
    /// Records on the HIT the escrow change now due and returns it, moving no money: the settle methods move it,
    /// or, for HITs bulk-inserted without tracking, the caller moves their sum with <see cref="HoldAsync"/>.
    /// </summary>
    public static Money Record(Hit hit, DateTime now)
    {
        var change = hit.EscrowRequiredAt(now) - hit.Escrow;
        hit.RecordEscrowChange(change, now);
        return change;
    }

    /// <summary>Holds what <see cref="Record"/> returned for HITs the caller inserted itself, as one transfer.</summary>
    public Task HoldAsync(RequesterId requester, Money change, string memo, CancellationToken cancellationToken) =>
        MoveAsync(requester, change, hitId: null, memo, cancellationToken);

    private async Task MoveAsync(RequesterId requester, Money change, HitId? hitId, string? memo, CancellationToken cancellationToken)
    {
        if (change > Money.Zero)
        {
            await ledger.PostAsync(
                new Transfer(TransferKind.EscrowHold, Account.AvailableOf(requester), Account.EscrowOf(requester), change, hitId, memo),
                cancellationToken);
        }
        else if (change < Money.Zero)
        {
            await ledger.PostAsync(
                new Transfer(TransferKind.EscrowRelease, Account.EscrowOf(requester), Account.AvailableOf(requester), -change, hitId, memo),
                cancellationToken);
        }
    }
}
