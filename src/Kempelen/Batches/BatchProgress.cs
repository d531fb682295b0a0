using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// How far one of a requester's batches has come, for the list of batches: its slots (the HITs' assignments) and how
/// many are done. <see cref="BatchStatistics"/> is the one batch's fuller picture.
/// </summary>
public sealed record BatchProgress(BatchId Id, DateTime CreatedAt, string ProjectTitle, int HitCount, int Slots, int Done)
{
    /// <summary>The requester's latest batches, newest first, with their progress in two queries.</summary>
    public static async Task<IReadOnlyList<BatchProgress>> LatestAsync(KempelenDb db, RequesterId requester, int count, CancellationToken cancellationToken)
    {
        var batches = await db.Batches.AsNoTracking()
            .Where(b => b.RequesterId == requester)
            .OrderByDescending(b => b.CreatedAt)
            .Take(count)
            .Select(b => new { b.Id, b.CreatedAt, b.HitCount, Project = db.Projects.Where(p => p.Id == b.ProjectId).Select(p => p.Title).Single() })
            .ToListAsync(cancellationToken);
        var ids = batches.Select(b => b.Id).ToList();

        // Done is submitted or decided: every slot neither free nor being worked on.
        var slots = await db.BatchRows.AsNoTracking()
            .Where(r => ids.Contains(r.BatchId))
            .Join(db.Hits, r => r.HitId, h => h.Id, (r, h) => new { r.BatchId, h.MaxAssignments, h.AvailableCount, h.PendingCount })
            .GroupBy(x => x.BatchId)
            .Select(g => new { BatchId = g.Key, Slots = g.Sum(x => x.MaxAssignments), Done = g.Sum(x => x.MaxAssignments - x.AvailableCount - x.PendingCount) })
            .ToDictionaryAsync(x => x.BatchId, cancellationToken);
        return [.. batches.Select(b => new BatchProgress(
            b.Id,
            b.CreatedAt,
            b.Project,
            b.HitCount,
            slots.TryGetValue(b.Id, out var s) ? s.Slots : 0,
            slots.TryGetValue(b.Id, out var d) ? d.Done : 0))];
    }
}
