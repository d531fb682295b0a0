using System.Globalization;
using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Idempotency;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// N more assignments on every HIT of a batch that is still open, by CreateAdditionalAssignmentsForHIT's rules
/// (<see cref="Hits.Hit.AddAssignments"/>), with their escrow held in one transfer: all of them or none; with a
/// token, at most once per token, so a form sent twice adds and holds once.
/// </summary>
public sealed class AddBatchAssignments(KempelenDb db, Escrow escrow, FeePolicy fees, RequestTokens requestTokens, TimeProvider time)
{
    /// <summary>How many HITs got more assignments and the escrow held for them; none when the token had been used.</summary>
    public sealed record Added(int Hits, Money Held, bool AlreadyDone);

    public Task<Added> ExecuteAsync(RequesterId requester, BatchId id, int count, string? token, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(db, () => requestTokens.RunOnceAsync(
            requester,
            RequestTokenScope.BatchAssignments,
            token,
            time.UtcNowToTheMillisecond(),
            remembered: _ => Task.FromResult(new Added(0, Money.Zero, AlreadyDone: true)),
            () => AddAsync(requester, id, count, cancellationToken),
            cancellationToken));

    private async Task<(Added Result, string EntityId)> AddAsync(RequesterId requester, BatchId id, int count, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        await BatchHits.EnsureExistsAsync(db, requester, id, cancellationToken);
        var hits = await BatchHits.Of(db, id).Where(h => h.DisposedAt == null && h.Expiration > now).ToListAsync(cancellationToken);
        if (hits.Count == 0)
        {
            throw new DomainException(ErrorCode.InvalidHitState, $"Batch {id} has no open HITs: they have all expired or been deleted.");
        }

        foreach (var hit in hits)
        {
            hit.AddAssignments(count, fees.LargeHitAssignments, now);
        }

        var held = await escrow.SettleAllAsync(requester, hits, now, string.Create(CultureInfo.InvariantCulture, $"Batch {id}: {count} more assignments per open HIT"), cancellationToken);
        return (new Added(hits.Count, held, AlreadyDone: false), id.Value);
    }
}
