using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kempelen.Hits;

/// <summary>
/// Keeps every <see cref="HitGroupListing"/> equal to its type's listed HITs. Tracked changes are collected by
/// <see cref="KempelenDb"/> before each save and applied after it in the same transaction, so no use case can
/// forget them; accepting, which takes its slot with a bulk UPDATE, reports itself through
/// <see cref="RecordSlotTakenAsync"/>. Counters move by increments, never by writing a value read earlier, so
/// concurrent transactions cannot lose each other's changes.
/// </summary>
public static class HitGroupListings
{
    /// <summary>
    /// Reads the HIT changes about to be saved. New types get their listing row now, so it is inserted by the
    /// same save; what the saved HITs did to their groups is returned to apply once the HIT rows are written.
    /// </summary>
    public static IReadOnlyCollection<ListingChange> Collect(KempelenDb db)
    {
        foreach (var type in db.ChangeTracker.Entries<HitType>().Where(e => e.State == EntityState.Added).ToList())
        {
            db.HitGroupListings.Add(HitGroupListing.For(type.Entity));
        }

        var changes = new Dictionary<HitTypeId, ListingChange>();
        foreach (var entry in db.ChangeTracker.Entries<Hit>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var hit = entry.Entity;
            var listedNow = entry.State != EntityState.Deleted && hit.IsListed;
            var listedBefore = entry.State is EntityState.Modified or EntityState.Deleted && WasListed(entry);
            var typeBefore = entry.State == EntityState.Added ? hit.HitTypeId : entry.OriginalValues.GetValue<HitTypeId>(nameof(Hit.HitTypeId));
            if (listedBefore && (!listedNow || typeBefore != hit.HitTypeId))
            {
                Change(changes, typeBefore).ListedHits--;
            }

            if (!listedNow)
            {
                continue;
            }

            if (entry.State == EntityState.Added || typeBefore != hit.HitTypeId)
            {
                Join(changes, hit);
                continue;
            }

            if (!listedBefore)
            {
                Change(changes, hit.HitTypeId).ListedHits++;
            }

            if (!listedBefore || entry.OriginalValues.GetValue<DateTime>(nameof(Hit.Expiration)) != hit.Expiration)
            {
                var change = Change(changes, hit.HitTypeId);
                change.ListedUntil = Later(change.ListedUntil, hit.Expiration);
            }
        }

        return changes.Values.Where(c => !c.IsEmpty).ToList();
    }

    /// <summary>
    /// New HITs written by a bulk insert, which skips the save that collects changes (batch publishing): they join
    /// their groups' listings exactly as saved HITs do. Inside the inserting transaction.
    /// </summary>
    public static Task RecordInsertedAsync(KempelenDb db, IEnumerable<Hit> inserted, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<HitTypeId, ListingChange>();
        foreach (var hit in inserted.Where(h => h.IsListed))
        {
            Join(changes, hit);
        }

        return ApplyAsync(db, changes.Values, cancellationToken);
    }

    public static async Task ApplyAsync(KempelenDb db, IReadOnlyCollection<ListingChange> changes, CancellationToken cancellationToken)
    {
        // In key order, so that two transactions touching the same groups lock their rows in the same order.
        foreach (var change in changes.OrderBy(c => c.HitTypeId.Value, StringComparer.Ordinal))
        {
            var (delta, until, latest) = (change.ListedHits, change.ListedUntil, change.LatestHitCreatedAt);
            await db.HitGroupListings.Where(l => l.HitTypeId == change.HitTypeId).ExecuteUpdateAsync(
                s =>
                {
                    if (delta != 0)
                    {
                        s.SetProperty(l => l.ListedHits, l => l.ListedHits + delta);
                    }

                    if (until is { } u)
                    {
                        s.SetProperty(l => l.ListedUntil, l => l.ListedUntil > u ? l.ListedUntil : u);
                    }

                    if (latest is { } c)
                    {
                        s.SetProperty(l => l.LatestHitCreatedAt, l => l.LatestHitCreatedAt > c ? l.LatestHitCreatedAt : c);
                    }
                },
                cancellationToken);
        }
    }

    /// <summary>
    /// Inside the accepting transaction, after its UPDATE took a slot of the HIT: if that was the last free slot,
    /// the HIT leaves its group's listing. The HIT row is locked by that UPDATE, so what is read here is final.
    /// </summary>
    public static Task RecordSlotTakenAsync(KempelenDb db, HitId hitId, CancellationToken cancellationToken) =>
        db.HitGroupListings
            .Where(l => db.Hits.Where(h => h.Id == hitId && h.AvailableCount == 0).Select(h => h.HitTypeId).Contains(l.HitTypeId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ListedHits, l => l.ListedHits - 1), cancellationToken);

    private static bool WasListed(EntityEntry<Hit> entry) => Hit.Listed(
        entry.OriginalValues.GetValue<int>(nameof(Hit.AvailableCount)),
        entry.OriginalValues.GetValue<DateTime?>(nameof(Hit.DisposedAt)),
        entry.OriginalValues.GetValue<bool>(nameof(Hit.IsReviewing)),
        entry.OriginalValues.GetValue<bool>(nameof(Hit.ExpirySettled)));

    /// <summary>A listed HIT new to its group: one more listed HIT, and the group's expiry and newest HIT move on.</summary>
    private static void Join(Dictionary<HitTypeId, ListingChange> changes, Hit hit)
    {
        var change = Change(changes, hit.HitTypeId);
        change.ListedHits++;
        change.ListedUntil = Later(change.ListedUntil, hit.Expiration);
        change.LatestHitCreatedAt = Later(change.LatestHitCreatedAt, hit.CreatedAt);
    }

    private static ListingChange Change(Dictionary<HitTypeId, ListingChange> changes, HitTypeId type)
    {
        if (!changes.TryGetValue(type, out var change))
        {
            changes[type] = change = new ListingChange(type);
        }

        return change;
    }

    private static DateTime? Later(DateTime? current, DateTime candidate) => current is { } c && c >= candidate ? c : candidate;

    public sealed class ListingChange(HitTypeId hitTypeId)
    {
        public HitTypeId HitTypeId { get; } = hitTypeId;

        public int ListedHits { get; set; }

        public DateTime? ListedUntil { get; set; }

        public DateTime? LatestHitCreatedAt { get; set; }

        public bool IsEmpty => ListedHits == 0 && ListedUntil is null && LatestHitCreatedAt is null;
    }
}
