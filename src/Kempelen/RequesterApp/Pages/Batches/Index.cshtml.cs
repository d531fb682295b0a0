using Kempelen.Batches;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages.Batches;

public sealed class IndexModel(KempelenDb db) : RequesterPage
{
    private const int Shown = 100;

    public IReadOnlyList<BatchLine> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = Requester;
        var batches = await db.Batches.AsNoTracking()
            .Where(b => b.RequesterId == requester)
            .OrderByDescending(b => b.CreatedAt)
            .Take(Shown)
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
        Batches = [.. batches.Select(b => new BatchLine(
            b.Id,
            b.CreatedAt,
            b.Project,
            b.HitCount,
            slots.TryGetValue(b.Id, out var s) ? s.Slots : 0,
            slots.TryGetValue(b.Id, out var d) ? d.Done : 0))];
    }

    public sealed record BatchLine(BatchId Id, DateTime CreatedAt, string ProjectTitle, int HitCount, int Slots, int Done);
}
