using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp;

/// <summary>
/// The HIT groups a worker may find now, one row per group, read from the groups' listings (kept current by the
/// transactions that change HITs, see <see cref="HitGroupListings"/>) rather than by counting HITs, so a page costs
/// the same with a hundred HITs or a million. Each sort order walks its own index; paging is bounded at
/// <see cref="MaxPage"/>.
/// Groups of requesters who blocked the worker are left out in SQL. Groups whose requirements hide them from this
/// worker (DiscoverPreviewAndAccept, mturk-compat §11.2) can only be told apart against the worker's standing, so the
/// ordered listing is read in growing chunks of a few small columns and filtered in memory until the page is full,
/// and only that page's rows are then read whole.
/// </summary>
public sealed class HitGroupSearch(KempelenDb db, WorkerStanding standings, TimeProvider time)
{
    public const int PageSize = 20;
    public const int MaxPage = 50;

    /// <summary>
    /// At most this many listings are read for one page, so a worker hidden from nearly every group gets a short
    /// list quickly instead of a scan of the whole board.
    /// </summary>
    public const int MaxScanned = 10_000;

    /// <summary>
    /// One page of groups for <paramref name="worker"/>, or for a visitor (null), who is shown no group that hides
    /// itself from anyone failing its requirements.
    /// </summary>
    public async Task<HitGroupPage> FindAsync(HitGroupQuery query, WorkerId? worker, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var rows = from l in db.HitGroupListings.AsNoTracking()
                   where l.ListedHits > 0 && l.ListedUntil > now
                   join t in db.HitTypes.AsNoTracking() on l.HitTypeId equals t.Id
                   join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
                   select new { Listing = l, Type = t, RequesterName = r.Name };
        if (worker is { } blockable)
        {
            rows = rows.Where(row => !db.WorkerBlocks.Any(b => b.WorkerId == blockable && b.RequesterId == row.Type.RequesterId));
        }

        if (query.MinimumReward is { } minimum)
        {
            rows = rows.Where(row => row.Listing.Reward >= minimum);
        }

        if (!string.IsNullOrWhiteSpace(query.Keywords))
        {
            var pattern = LikePattern.Containing(query.Keywords);
            rows = rows.Where(row =>
                EF.Functions.Like(row.Type.Title.ToLower(), pattern, LikePattern.Escape)
                || EF.Functions.Like(row.Type.Description.ToLower(), pattern, LikePattern.Escape)
                || (row.Type.Keywords != null && EF.Functions.Like(row.Type.Keywords.ToLower(), pattern, LikePattern.Escape))
                || EF.Functions.Like(row.RequesterName.ToLower(), pattern, LikePattern.Escape));
        }

        rows = query.Sort switch
        {
            HitGroupSort.Reward => rows.OrderByDescending(row => row.Listing.Reward).ThenByDescending(row => row.Listing.LatestHitCreatedAt).ThenByDescending(row => row.Listing.HitTypeId),
            HitGroupSort.Newest => rows.OrderByDescending(row => row.Listing.LatestHitCreatedAt).ThenByDescending(row => row.Listing.HitTypeId),
            HitGroupSort.MostAvailable => rows.OrderByDescending(row => row.Listing.ListedHits).ThenByDescending(row => row.Listing.LatestHitCreatedAt).ThenByDescending(row => row.Listing.HitTypeId),
        };
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var visible = await VisibleAsync(
            rows.Select(row => new Candidate(row.Listing.HitTypeId, row.Type.RequesterId, row.Type.Requirements)),
            (page - 1) * PageSize,
            PageSize + 1,
            worker,
            cancellationToken);

        // The page's rows by key: the search above already decided which they are and in what order.
        var ids = visible.Select(v => v.Candidate.HitTypeId).ToList();
        var found = await (
                from t in db.HitTypes.AsNoTracking()
                where ids.Contains(t.Id)
                join l in db.HitGroupListings.AsNoTracking() on t.Id equals l.HitTypeId
                join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
                select new HitGroupRow(t.Id, t.HitGroupId, r.Name, t.Title, t.Description, t.Reward, t.AssignmentDurationInSeconds, l.ListedHits, t.CreatedAt))
            .ToDictionaryAsync(row => row.HitTypeId, cancellationToken);
        var shown = visible.Take(PageSize).Where(v => found.ContainsKey(v.Candidate.HitTypeId)).ToList();
        var lines = await RequirementLine.ForAsync(db, [.. shown.Select(v => v.Access)], cancellationToken);
        return new HitGroupPage(
            shown.Select((v, i) => new ListedGroup(found[v.Candidate.HitTypeId], v.Access, lines[i])).ToList(),
            page,
            HasNext: visible.Count > PageSize && page < MaxPage);
    }

    /// <summary>
    /// Walks the ordered candidates, skipping <paramref name="skip"/> visible ones and keeping up to
    /// <paramref name="take"/>. The worker's standing is loaded once, and only if some candidate has requirements.
    /// </summary>
    private async Task<List<(Candidate Candidate, HitAccess Access)>> VisibleAsync(
        IQueryable<Candidate> ordered,
        int skip,
        int take,
        WorkerId? worker,
        CancellationToken cancellationToken)
    {
        var kept = new List<(Candidate, HitAccess)>();
        WorkerStanding.Standing? standing = null;
        var passed = 0;
        var offset = 0;

        // The first chunk fits the page with a quarter to spare for hidden groups; each further one doubles, so a page
        // costs one query or a few.
        var chunk = (skip + take) * 5 / 4;
        while (kept.Count < take && offset < MaxScanned)
        {
            var batch = await ordered.Skip(offset).Take(Math.Min(chunk, MaxScanned - offset)).ToListAsync(cancellationToken);
            offset += batch.Count;
            foreach (var candidate in batch)
            {
                HitAccess access;
                if (worker is not { } id)
                {
                    access = HitAccess.ForVisitor(candidate.Requirements);
                }
                else
                {
                    standing ??= candidate.Requirements.Count == 0 ? null : await standings.OfAsync(id, cancellationToken);
                    access = standing?.AccessTo(candidate.Requirements, candidate.RequesterId) ?? HitAccess.Decide([], QualificationValues.None, blocked: false);
                }

                if (!access.CanDiscover || passed++ < skip)
                {
                    continue;
                }

                kept.Add((candidate, access));
                if (kept.Count == take)
                {
                    break;
                }
            }

            if (batch.Count < chunk)
            {
                break;
            }

            chunk *= 2;
        }

        return kept;
    }

    private sealed record Candidate(HitTypeId HitTypeId, RequesterId RequesterId, IReadOnlyList<Requirement> Requirements);
}
