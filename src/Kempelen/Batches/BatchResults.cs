using System.Globalization;
using System.Text;
using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// A batch's results in MTurk's batch-results layout (mturk-compat §14): one row per piece of submitted work,
/// every field quoted, Input.* in the uploaded file's column order and Answer.* sorted. Rows are streamed from
/// the database twice — once to learn the answer columns, once to write — so memory stays flat however large
/// the batch.
/// </summary>
public sealed class BatchResults(KempelenDb db, TimeProvider time)
{
    private static readonly string[] FixedColumns =
    [
        "HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments",
        "RequesterAnnotation", "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration",
        "NumberOfSimilarHITs", "LifetimeInSeconds", "AssignmentId", "WorkerId", "AssignmentStatus",
        "AcceptTime", "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime", "RequesterFeedback",
        "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate",
    ];

    public async Task<int> WriteAsync(RequesterId requester, BatchId batchId, TextWriter output, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId && b.RequesterId == requester, cancellationToken)
            ?? throw new DomainException(ErrorCode.InvalidParameterValue, $"Batch {batchId} does not exist.");
        var type = await db.HitTypes.AsNoTracking().SingleAsync(t => t.Id == batch.HitTypeId, cancellationToken);

        var answerColumns = new SortedSet<string>(StringComparer.Ordinal);
        var workers = new HashSet<WorkerId>();
        var answered =
            from row in db.BatchRows.AsNoTracking()
            where row.BatchId == batchId
            join assignment in db.Assignments.AsNoTracking() on row.HitId equals assignment.HitId
            where assignment.Status == AssignmentStatus.Submitted || assignment.Status == AssignmentStatus.Approved || assignment.Status == AssignmentStatus.Rejected
            select new { assignment.Answer, assignment.WorkerId };

        // In no order, and without the HITs: this pass only collects.
        await foreach (var work in answered.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            workers.Add(work.WorkerId);
            if (work.Answer is not null)
            {
                answerColumns.UnionWith(AnswerDocument.QuestionIdentifiers(work.Answer));
            }
        }

        // Read before the rows stream: one connection cannot run a second query while a first is being read.
        var rates = new Dictionary<WorkerId, string[]>();
        foreach (var worker in workers)
        {
            rates[worker] = await ApprovalRatesAsync(requester, worker, cancellationToken);
        }

        var header = FixedColumns.Concat(batch.Columns.Select(c => "Input." + c)).Concat(answerColumns.Select(c => "Answer." + c)).Concat(["Approve", "Reject"]);
        var line = new StringBuilder(1024);
        foreach (var name in header)
        {
            AppendField(line, name);
        }

        await WriteLineAsync(output, line);
        var (typeId, reward, duration, autoApproval) = (type.Id.Value, "$" + type.Reward, Number(type.AssignmentDurationInSeconds), Number(type.AutoApprovalDelayInSeconds));
        var written = 0;
        await foreach (var work in Work(batchId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            AppendField(line, work.HitId.Value);
            AppendField(line, typeId);
            AppendField(line, type.Title);
            AppendField(line, type.Description);
            AppendField(line, type.Keywords ?? string.Empty);
            AppendField(line, reward);
            AppendField(line, Time(work.CreatedAt));
            AppendField(line, Number(work.MaxAssignments));
            AppendField(line, work.RequesterAnnotation ?? string.Empty);
            AppendField(line, duration);
            AppendField(line, autoApproval);
            AppendField(line, Time(work.Expiration));
            AppendField(line, string.Empty);
            AppendField(line, Number((long)(work.Expiration - work.CreatedAt).TotalSeconds));
            AppendField(line, work.AssignmentId.Value);
            AppendField(line, work.WorkerId.Value);
            AppendField(line, work.Status.ToString());
            AppendField(line, Time(work.AcceptTime));
            AppendField(line, Time(work.SubmitTime));
            AppendField(line, Time(work.AutoApprovalTime));
            AppendField(line, Time(work.ApprovalTime));
            AppendField(line, Time(work.RejectionTime));
            AppendField(line, work.RequesterFeedback ?? string.Empty);
            AppendField(line, Number((long)((work.SubmitTime ?? work.AcceptTime) - work.AcceptTime).TotalSeconds));
            foreach (var rate in rates[work.WorkerId])
            {
                AppendField(line, rate);
            }

            foreach (var value in work.Values)
            {
                AppendField(line, value);
            }

            var answers = work.Answer is null ? null : AnswerDocument.Flatten(work.Answer);
            foreach (var column in answerColumns)
            {
                AppendField(line, answers?.GetValueOrDefault(column) ?? string.Empty);
            }

            AppendField(line, string.Empty);
            AppendField(line, string.Empty);
            await WriteLineAsync(output, line);
            written++;
        }

        await output.FlushAsync(cancellationToken);
        return written;
    }

    /// <summary>Submitted, approved and rejected work of the batch, in row order.</summary>
    private IQueryable<BatchWork> Work(BatchId batchId) =>
        from row in db.BatchRows.AsNoTracking()
        where row.BatchId == batchId
        join hit in db.Hits.AsNoTracking() on row.HitId equals hit.Id
        join assignment in db.Assignments.AsNoTracking() on hit.Id equals assignment.HitId
        where assignment.Status == AssignmentStatus.Submitted || assignment.Status == AssignmentStatus.Approved || assignment.Status == AssignmentStatus.Rejected
        orderby row.RowNumber, assignment.SubmitTime, assignment.Id
        select new BatchWork
        {
            HitId = hit.Id,
            CreatedAt = hit.CreatedAt,
            MaxAssignments = hit.MaxAssignments,
            RequesterAnnotation = hit.RequesterAnnotation,
            Expiration = hit.Expiration,
            AssignmentId = assignment.Id,
            WorkerId = assignment.WorkerId,
            Status = assignment.Status,
            AcceptTime = assignment.AcceptTime,
            SubmitTime = assignment.SubmitTime,
            AutoApprovalTime = assignment.AutoApprovalTime,
            ApprovalTime = assignment.ApprovalTime,
            RejectionTime = assignment.RejectionTime,
            RequesterFeedback = assignment.RequesterFeedback,
            Answer = assignment.Answer,
            Values = row.Values,
        };

    /// <summary>Every field quoted, quotes inside doubled; a line is built whole and written with one call.</summary>
    private static void AppendField(StringBuilder line, string field)
    {
        line.Append(line.Length == 0 ? "\"" : ",\"");
        var rest = field.AsSpan();
        for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
        {
            line.Append(rest[..(quote + 1)]).Append('"');
            rest = rest[(quote + 1)..];
        }

        line.Append(rest).Append('"');
    }

    private static async Task WriteLineAsync(TextWriter output, StringBuilder line)
    {
        await output.WriteAsync(line.Append("\r\n"));
        line.Clear();
    }

    // MTurk writes Java's Date.toString in the requester's zone; Kempelen keeps UTC and says so.
    private static string Time(DateTime? at) => at?.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The worker's approval rates on this requester's work over all time, 30 and 7 days, written as MTurk writes
    /// them: "100% (12/12)".
    /// </summary>
    private async Task<string[]> ApprovalRatesAsync(RequesterId requester, WorkerId worker, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var decisions = await db.Assignments.AsNoTracking()
            .Where(a => a.WorkerId == worker && a.RequesterId == requester)
            .Where(a => a.Status == AssignmentStatus.Approved || a.Status == AssignmentStatus.Rejected)
            .Select(a => new { Approved = a.Status == AssignmentStatus.Approved, At = a.Status == AssignmentStatus.Approved ? a.ApprovalTime : a.RejectionTime })
            .ToListAsync(cancellationToken);
        return [.. new[] { (DateTime?)null, now.AddDays(-30), now.AddDays(-7) }.Select(since =>
        {
            var counted = decisions.Where(d => since is null || d.At > since).ToList();
            var approved = counted.Count(d => d.Approved);
            var rate = counted.Count == 0 ? 0 : (int)Math.Round(100.0 * approved / counted.Count, MidpointRounding.AwayFromZero);
            return string.Create(CultureInfo.InvariantCulture, $"{rate}% ({approved}/{counted.Count})");
        })];
    }

    private sealed class BatchWork
    {
        public required HitId HitId { get; init; }

        public required DateTime CreatedAt { get; init; }

        public required int MaxAssignments { get; init; }

        public required string? RequesterAnnotation { get; init; }

        public required DateTime Expiration { get; init; }

        public required AssignmentId AssignmentId { get; init; }

        public required WorkerId WorkerId { get; init; }

        public required AssignmentStatus Status { get; init; }

        public required DateTime AcceptTime { get; init; }

        public required DateTime? SubmitTime { get; init; }

        public required DateTime? AutoApprovalTime { get; init; }

        public required DateTime? ApprovalTime { get; init; }

        public required DateTime? RejectionTime { get; init; }

        public required string? RequesterFeedback { get; init; }

        public required string? Answer { get; init; }

        public required IReadOnlyList<string> Values { get; init; }
    }
}
