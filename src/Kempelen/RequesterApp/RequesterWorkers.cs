using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp;

/// <summary>
/// The workers who did a requester's work, tallied by grouped queries where the assignments are: a page of workers
/// costs one grouped query and one lookup of blocks, never a load of assignments.
/// </summary>
public sealed class RequesterWorkers(KempelenDb db)
{
    public const int PageSize = 50;
    public const int RecentAssignments = 25;

    public async Task<WorkersPage> PageAsync(RequesterId requester, WorkerSort sort, int page, CancellationToken cancellationToken)
    {
        var assignments = db.Assignments.AsNoTracking().Where(a => a.RequesterId == requester);
        var total = await assignments.Select(a => a.WorkerId).Distinct().CountAsync(cancellationToken);
        var tallies = Tally(assignments);
        var sorted = sort switch
        {
            WorkerSort.Recent => tallies.OrderByDescending(t => t.LastActivity).ThenBy(t => t.WorkerId),
            WorkerSort.Assignments => tallies.OrderByDescending(t => t.Total).ThenBy(t => t.WorkerId),
            WorkerSort.ApprovalRate => tallies
                .OrderBy(t => t.Approved + t.Rejected == 0 ? 2.0 : (double)t.Approved / (t.Approved + t.Rejected))
                .ThenBy(t => t.WorkerId),
            WorkerSort.WorkTime => tallies.OrderBy(t => t.AverageWorkSeconds == null).ThenBy(t => t.AverageWorkSeconds).ThenBy(t => t.WorkerId),
            WorkerSort.WorkerId => tallies.OrderBy(t => t.WorkerId),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
        };
        var rows = await sorted.Skip(Math.Max(page, 0) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.WorkerId).ToList();
        var blocked = (await db.WorkerBlocks.AsNoTracking()
                .Where(b => b.RequesterId == requester && ids.Contains(b.WorkerId))
                .Select(b => b.WorkerId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return new WorkersPage(rows.Select(r => r.ToFigures(blocked.Contains(r.WorkerId))).ToList(), total);
    }

    /// <summary>One worker's figures for the requester; none if the worker never took the requester's work.</summary>
    public async Task<WorkerFigures?> FiguresAsync(RequesterId requester, WorkerId worker, bool blocked, CancellationToken cancellationToken)
    {
        var tally = await Tally(db.Assignments.AsNoTracking().Where(a => a.RequesterId == requester && a.WorkerId == worker))
            .SingleOrDefaultAsync(cancellationToken);
        return tally?.ToFigures(blocked);
    }

    /// <summary>The reason the requester gave for blocking the worker, or null if the worker is not blocked.</summary>
    public Task<string?> BlockReasonAsync(RequesterId requester, WorkerId worker, CancellationToken cancellationToken) =>
        db.WorkerBlocks.AsNoTracking()
            .Where(b => b.RequesterId == requester && b.WorkerId == worker)
            .Select(b => b.Reason)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkerAssignmentRow>> RecentAssignmentsAsync(RequesterId requester, WorkerId worker, CancellationToken cancellationToken) =>
        await (
                from a in db.Assignments.AsNoTracking()
                where a.RequesterId == requester && a.WorkerId == worker
                join h in db.Hits.AsNoTracking() on a.HitId equals h.Id
                join t in db.HitTypes.AsNoTracking() on h.HitTypeId equals t.Id
                orderby a.AcceptTime descending, a.Id descending
                select new WorkerAssignmentRow(a.Id, a.HitId, t.Title, t.Reward, a.Status, a.AcceptTime, a.SubmitTime))
            .Take(RecentAssignments)
            .ToListAsync(cancellationToken);

    /// <summary>The requester's own qualification types (not being deleted) and the worker's grant or revocation of each.</summary>
    public async Task<IReadOnlyList<WorkerQualificationRow>> QualificationsAsync(RequesterId requester, WorkerId worker, CancellationToken cancellationToken) =>
        await (
                from t in db.QualificationTypes.AsNoTracking()
                where t.OwnerId == requester && t.Status != QualificationTypeStatus.Disposing
                join q in db.Qualifications.AsNoTracking().Where(q => q.WorkerId == worker) on t.Id equals q.QualificationTypeId into held
                from q in held.DefaultIfEmpty()
                orderby t.Name
                select new WorkerQualificationRow(t.Id, t.Name, q == null ? null : q.Status, q == null ? null : q.IntegerValue))
            .ToListAsync(cancellationToken);

    private static IQueryable<WorkerTally> Tally(IQueryable<Assignment> assignments) =>
        assignments
            .GroupBy(a => a.WorkerId)
            .Select(g => new WorkerTally
            {
                WorkerId = g.Key,
                InProgress = g.Count(a => a.Status == AssignmentStatus.Accepted),
                Submitted = g.Count(a => a.Status == AssignmentStatus.Submitted),
                Approved = g.Count(a => a.Status == AssignmentStatus.Approved),
                Rejected = g.Count(a => a.Status == AssignmentStatus.Rejected),
                Returned = g.Count(a => a.Status == AssignmentStatus.Returned),
                Abandoned = g.Count(a => a.Status == AssignmentStatus.Abandoned),
                Total = g.Count(),
                AverageWorkSeconds = g.Average(a => a.SubmitTime == null ? null : (double?)SqlTime.SecondsBetween(a.AcceptTime, a.SubmitTime.Value)),
                LastActivity = g.Max(a => a.SubmitTime ?? a.AcceptTime),
            });

    // Sorting goes through member initialisers, which EF can see through, unlike a record's constructor.
    private sealed class WorkerTally
    {
        public WorkerId WorkerId { get; init; }

        public int InProgress { get; init; }

        public int Submitted { get; init; }

        public int Approved { get; init; }

        public int Rejected { get; init; }

        public int Returned { get; init; }

        public int Abandoned { get; init; }

        public int Total { get; init; }

        public double? AverageWorkSeconds { get; init; }

        public DateTime LastActivity { get; init; }

        public WorkerFigures ToFigures(bool blocked) =>
            new(WorkerId, InProgress, Submitted, Approved, Rejected, Returned, Abandoned, AverageWorkSeconds, LastActivity, blocked);
    }
}
