using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp;

/// <summary>Read queries over one worker's assignments: the queue, the history and the dashboard's figures.</summary>
public sealed class WorkerActivity(KempelenDb db)
{
    public const int HistoryPageSize = 25;

    public async Task<IReadOnlyList<AssignmentRow>> QueueAsync(WorkerId worker, CancellationToken cancellationToken) =>
        await Project(JoinedRows(worker).Where(x => x.Assignment.Status == AssignmentStatus.Accepted).OrderBy(x => x.Assignment.Deadline))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Handed-in work, newest first, paged by (submission time, assignment ID): the ID breaks ties, so work
    /// submitted at the same instant is neither skipped nor shown twice across pages.
    /// </summary>
    public async Task<IReadOnlyList<AssignmentRow>> HistoryAsync(WorkerId worker, (DateTime SubmitTime, AssignmentId Id)? before, CancellationToken cancellationToken)
    {
        var rows = JoinedRows(worker).Where(x => x.Assignment.SubmitTime != null);
        if (before is { } position)
        {
            rows = rows.Where(x => x.Assignment.SubmitTime < position.SubmitTime
                || (x.Assignment.SubmitTime == position.SubmitTime && x.Assignment.Id.CompareTo(position.Id) < 0));
        }

        return await Project(rows.OrderByDescending(x => x.Assignment.SubmitTime).ThenByDescending(x => x.Assignment.Id).Take(HistoryPageSize))
            .ToListAsync(cancellationToken);
    }

    public async Task<WorkerSummary> SummaryAsync(WorkerId worker, CancellationToken cancellationToken)
    {
        // Grouped by status and reward, because a reward is a converted column that SQL cannot sum as Money.
        var groups = await (
                from a in db.Assignments.AsNoTracking()
                where a.WorkerId == worker
                join h in db.Hits.AsNoTracking() on a.HitId equals h.Id
                join t in db.HitTypes.AsNoTracking() on h.HitTypeId equals t.Id
                group a by new { a.Status, t.Reward } into g
                select new { g.Key.Status, g.Key.Reward, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int CountOf(AssignmentStatus status) => groups.Where(g => g.Status == status).Sum(g => g.Count);
        Money EarnedIn(AssignmentStatus status) => groups.Where(g => g.Status == status).Aggregate(Money.Zero, (sum, g) => sum + (g.Reward * g.Count));
        var balance = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == Account.EarningsOf(worker))
            .Select(a => a.BalanceCents)
            .SingleOrDefaultAsync(cancellationToken);
        return new WorkerSummary(
            CountOf(AssignmentStatus.Accepted),
            CountOf(AssignmentStatus.Submitted),
            CountOf(AssignmentStatus.Approved),
            CountOf(AssignmentStatus.Rejected),
            EarnedIn(AssignmentStatus.Submitted),
            EarnedIn(AssignmentStatus.Approved),
            new Money(balance));
    }

    private IQueryable<JoinedRow> JoinedRows(WorkerId worker) =>
        from a in db.Assignments.AsNoTracking()
        where a.WorkerId == worker
        join h in db.Hits.AsNoTracking() on a.HitId equals h.Id
        join t in db.HitTypes.AsNoTracking() on h.HitTypeId equals t.Id
        join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
        select new JoinedRow { Assignment = a, Type = t, RequesterName = r.Name };

    // Filters and sorting go before this projection: EF cannot see through a constructor, only through member initialisers.
    private static IQueryable<AssignmentRow> Project(IQueryable<JoinedRow> rows) =>
        rows.Select(x => new AssignmentRow(
            x.Assignment.Id,
            x.Assignment.HitId,
            x.Type.HitGroupId,
            x.RequesterName,
            x.Type.Title,
            x.Type.Reward,
            x.Assignment.Status,
            x.Assignment.AcceptTime,
            x.Assignment.Deadline,
            x.Assignment.SubmitTime,
            x.Assignment.RequesterFeedback));

    private sealed class JoinedRow
    {
        public required Assignment Assignment { get; init; }

        public required HitType Type { get; init; }

        public required string RequesterName { get; init; }
    }
}
