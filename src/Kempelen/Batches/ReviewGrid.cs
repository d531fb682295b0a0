using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// A page of a batch's work for review: each assignment beside the CSV row it answered, inputs and answers side by
/// side. Pages are read by position (keyset), never by offset, so the hundredth page of a large batch costs what the
/// first does: batch rows are walked in their key order and each HIT's work found through its (HitId, SubmitTime, Id)
/// index.
/// </summary>
public sealed class ReviewGrid(KempelenDb db)
{
    public const int PageSize = 50;

    public sealed record Page(
        BatchId BatchId,
        string Title,
        Money Reward,
        IReadOnlyList<string> InputColumns,
        IReadOnlyList<string> AnswerColumns,
        IReadOnlyList<Row> Rows,
        ReviewPosition? Next);

    /// <summary>One assignment; <see cref="Answers"/> follows the page's answer columns ("" where it gave none).</summary>
    public sealed record Row(
        int RowNumber,
        AssignmentId AssignmentId,
        WorkerId WorkerId,
        AssignmentStatus Status,
        DateTime AcceptTime,
        DateTime? SubmitTime,
        DateTime? DecidedAt,
        string? Feedback,
        TimeSpan WorkTime,
        IReadOnlyList<string> Inputs,
        IReadOnlyList<string> Answers);

    /// <summary>The page after <paramref name="after"/>, or null when the requester has no such batch.</summary>
    public async Task<Page?> ReadAsync(RequesterId requester, BatchId batchId, ReviewFilter filter, ReviewPosition? after, CancellationToken cancellationToken)
    {
        var batch = await BatchHits.Owned(db, requester, batchId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var type = await db.HitTypes.AsNoTracking().Where(t => t.Id == batch.HitTypeId).Select(t => new { t.Title, t.Reward }).SingleAsync(cancellationToken);
        var work = await Matching(db, batchId, filter, after).Take(PageSize + 1).ToListAsync(cancellationToken);
        var shown = work.Take(PageSize).ToList();

        // The whole batch's answer columns, as the results file has them, so that they stay put from page to page.
        var answerColumns = await BatchAnswerColumns.ReadAsync(db, batch, cancellationToken);
        var answers = shown.Select(w => w.Answer is null ? [] : AnswerDocument.Flatten(w.Answer)).ToList();
        var rows = shown.Zip(answers, (w, a) => new Row(
            w.RowNumber,
            w.AssignmentId,
            w.WorkerId,
            w.Status,
            w.AcceptTime,
            w.SubmitTime,
            w.ApprovalTime ?? w.RejectionTime,
            w.RequesterFeedback,
            (w.SubmitTime ?? w.AcceptTime) - w.AcceptTime,
            w.Values,
            [.. answerColumns.Select(c => a.GetValueOrDefault(c, string.Empty))])).ToList();
        var next = work.Count > PageSize ? shown[^1].Position : (ReviewPosition?)null;
        return new Page(batchId, type.Title, type.Reward, batch.Columns, answerColumns, rows, next);
    }

    /// <summary>
    /// The batch's work that the filter matches, after a position, in the grid's order. Shared with
    /// <see cref="ReviewAssignments"/> so that "all matching" means exactly the rows the grid shows.
    /// </summary>
    internal static IQueryable<Work> Matching(KempelenDb db, BatchId batchId, ReviewFilter filter, ReviewPosition? after)
    {
        var assignments = db.Assignments.AsNoTracking();
        assignments = filter.Status switch
        {
            ReviewStatus.Submitted => assignments.Where(a => a.Status == AssignmentStatus.Submitted),
            ReviewStatus.Approved => assignments.Where(a => a.Status == AssignmentStatus.Approved),
            ReviewStatus.Rejected => assignments.Where(a => a.Status == AssignmentStatus.Rejected),
            _ => assignments.Where(Assignment.HandedIn),
        };
        if (filter.Worker is { } worker)
        {
            assignments = assignments.Where(a => a.WorkerId == worker);
        }

        var pairs = from row in db.BatchRows.AsNoTracking()
                    where row.BatchId == batchId
                    join assignment in assignments on row.HitId equals assignment.HitId
                    select new { row, assignment };

        if (after is { } position)
        {
            var (rowNumber, submitted, id) = (position.RowNumber, position.SubmitTime, position.AssignmentId);

            // The first condition alone is redundant; it gives the planner a range on the batch rows' key.
            pairs = pairs.Where(p => p.row.RowNumber >= rowNumber
                && (p.row.RowNumber > rowNumber || p.assignment.SubmitTime > submitted || (p.assignment.SubmitTime == submitted && p.assignment.Id.CompareTo(id) > 0)));
        }

        return pairs
            .OrderBy(p => p.row.RowNumber).ThenBy(p => p.assignment.SubmitTime).ThenBy(p => p.assignment.Id)
            .Select(p => new Work
            {
                RowNumber = p.row.RowNumber,
                Values = p.row.Values,
                AssignmentId = p.assignment.Id,
                WorkerId = p.assignment.WorkerId,
                Status = p.assignment.Status,
                AcceptTime = p.assignment.AcceptTime,
                SubmitTime = p.assignment.SubmitTime,
                ApprovalTime = p.assignment.ApprovalTime,
                RejectionTime = p.assignment.RejectionTime,
                RequesterFeedback = p.assignment.RequesterFeedback,
                Answer = p.assignment.Answer,
            });
    }

    internal sealed class Work
    {
        public required int RowNumber { get; init; }

        public required IReadOnlyList<string> Values { get; init; }

        public required AssignmentId AssignmentId { get; init; }

        public required WorkerId WorkerId { get; init; }

        public required AssignmentStatus Status { get; init; }

        public required DateTime AcceptTime { get; init; }

        public required DateTime? SubmitTime { get; init; }

        public required DateTime? ApprovalTime { get; init; }

        public required DateTime? RejectionTime { get; init; }

        public required string? RequesterFeedback { get; init; }

        public required string? Answer { get; init; }

        // Every reviewable assignment was submitted, so its position has a submit time.
        public ReviewPosition Position => new(RowNumber, SubmitTime ?? AcceptTime, AssignmentId);
    }
}
