using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp;

/// <summary>
/// The HIT groups a worker can accept now, one row per group, read from the groups' listings (kept current by the
/// transactions that change HITs, see <see cref="HitGroupListings"/>) rather than by counting HITs, so a page costs
/// the same with a hundred HITs or a million. Each sort order walks its own index and stops after a page; paging
/// is bounded at <see cref="MaxPage"/>.
/// </summary>
public sealed class HitGroupSearch(KempelenDb db, TimeProvider time)
{
    public const int PageSize = 20;
    public const int MaxPage = 50;

    public async Task<HitGroupPage> FindAsync(HitGroupQuery query, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var rows = from l in db.HitGroupListings.AsNoTracking()
                   where l.ListedHits > 0 && l.ListedUntil > now
                   join t in db.HitTypes.AsNoTracking() on l.HitTypeId equals t.Id
                   join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
                   select new { Listing = l, Type = t, RequesterName = r.Name };
        if (query.MinimumReward is { } minimum)
        {
            rows = rows.Where(row => row.Listing.Reward >= minimum);
        }

        if (!string.IsNullOrWhiteSpace(query.Keywords))
        {
            // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
            var pattern = "%" + EscapeLike(query.Keywords.Trim().ToLowerInvariant()) + "%";
            rows = rows.Where(row =>
                EF.Functions.Like(row.Type.Title.ToLower(), pattern, "\\")
                || EF.Functions.Like(row.Type.Description.ToLower(), pattern, "\\")
                || (row.Type.Keywords != null && EF.Functions.Like(row.Type.Keywords.ToLower(), pattern, "\\"))
                || EF.Functions.Like(row.RequesterName.ToLower(), pattern, "\\"));
        }

        rows = query.Sort switch
        {
            HitGroupSort.Reward => rows.OrderByDescending(row => row.Listing.Reward).ThenByDescending(row => row.Listing.LatestHitCreatedAt).ThenByDescending(row => row.Listing.HitTypeId),
            HitGroupSort.Newest => rows.OrderByDescending(row => row.Listing.LatestHitCreatedAt).ThenByDescending(row => row.Listing.HitTypeId),
            HitGroupSort.MostAvailable => rows.OrderByDescending(row => row.Listing.ListedHits).ThenByDescending(row => row.Listing.LatestHitCreatedAt).ThenByDescending(row => row.Listing.HitTypeId),
        };
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var found = await rows
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(row => new HitGroupRow(
                row.Type.HitGroupId,
                row.RequesterName,
                row.Type.Title,
                row.Type.Description,
                row.Type.Reward,
                row.Type.AssignmentDurationInSeconds,
                row.Listing.ListedHits,
                row.Type.CreatedAt))
            .ToListAsync(cancellationToken);
        return new HitGroupPage(found.Take(PageSize).ToList(), page, HasNext: found.Count > PageSize && page < MaxPage);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
