using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp;

/// <summary>
/// The HIT groups a worker can accept now, one row per group. The available HITs are counted in one grouped
/// query (served by the index on Hits.HitTypeId) and joined to their type and requester; paging is bounded, so a
/// page never costs more than the grouping plus <see cref="MaxPage"/> pages of rows.
/// </summary>
public sealed class HitGroupSearch(KempelenDb db, TimeProvider time)
{
    public const int PageSize = 20;
    public const int MaxPage = 50;

    public async Task<HitGroupPage> FindAsync(HitGroupQuery query, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var available = db.Hits.AsNoTracking()
            .Where(Hit.AcceptableAt(now))
            .GroupBy(h => h.HitTypeId)
            .Select(g => new { HitTypeId = g.Key, Hits = g.Count(), Newest = g.Max(h => h.CreatedAt) });
        var rows = from g in available
                   join t in db.HitTypes.AsNoTracking() on g.HitTypeId equals t.Id
                   join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
                   select new { Group = g, Type = t, RequesterName = r.Name };
        if (query.MinimumReward is { } minimum)
        {
            rows = rows.Where(row => row.Type.Reward >= minimum);
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
            HitGroupSort.Reward => rows.OrderByDescending(row => row.Type.Reward).ThenByDescending(row => row.Group.Newest).ThenBy(row => row.Type.Id),
            HitGroupSort.Newest => rows.OrderByDescending(row => row.Group.Newest).ThenBy(row => row.Type.Id),
            HitGroupSort.MostAvailable => rows.OrderByDescending(row => row.Group.Hits).ThenByDescending(row => row.Group.Newest).ThenBy(row => row.Type.Id),
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
                row.Group.Hits,
                row.Type.CreatedAt))
            .ToListAsync(cancellationToken);
        return new HitGroupPage(found.Take(PageSize).ToList(), page, HasNext: found.Count > PageSize && page < MaxPage);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
