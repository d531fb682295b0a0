using System.Data.Common;
using System.Globalization;
using System.Text;
using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// A batch's results in MTurk's batch-results layout (mturk-compat §14): one row per piece of submitted work,
/// every field quoted, Input.* in the uploaded file's column order and Answer.* sorted. The answer columns are
/// recorded as work is handed in (<see cref="BatchAnswerColumns"/>), so the rows are streamed from the database
/// once, and memory stays flat however large the batch.
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

    private static readonly string[] NoDecisions = [Rate(0, 0), Rate(0, 0), Rate(0, 0)];

    private const int FlushAt = 32 * 1024;

    public async Task<int> WriteAsync(RequesterId requester, BatchId batchId, TextWriter output, CancellationToken cancellationToken)
    {
        var batch = await BatchHits.FindAsync(db, requester, batchId, cancellationToken);
        var type = await db.HitTypes.AsNoTracking().SingleAsync(t => t.Id == batch.HitTypeId, cancellationToken);

        var answerColumns = await BatchAnswerColumns.ReadAsync(db, batch, cancellationToken);

        // Read before the rows stream: one connection cannot run a second query while a first is being read.
        var rates = await ApprovalRatesAsync(requester, batchId, cancellationToken);

        var header = FixedColumns.Concat(batch.Columns.Select(c => "Input." + c)).Concat(answerColumns.Select(c => "Answer." + c)).Concat(["Approve", "Reject"]);
        var line = new StringBuilder(1024);
        foreach (var name in header)
        {
            AppendField(line, name);
        }

        line.Append("\r\n");
        var (typeId, reward, duration, autoApproval) = (type.Id.Value, "$" + type.Reward, Number(type.AssignmentDurationInSeconds), Number(type.AutoApprovalDelayInSeconds));
        var sqlite = db.Database.IsSqlite();
        var written = 0;

        await ForEachRowAsync(Work(batchId), async reader =>
        {
            var createdAt = ReadTime(reader, 1, sqlite);
            var expiration = ReadTime(reader, 4, sqlite);
            var acceptTime = ReadTime(reader, 8, sqlite);
            var submitTime = ReadOptionalTime(reader, 9, sqlite);
            var workerId = reader.GetString(6);
            AppendField(line, reader.GetString(0));
            AppendField(line, typeId);
            AppendField(line, type.Title);
            AppendField(line, type.Description);
            AppendField(line, type.Keywords ?? string.Empty);
            AppendField(line, reward);
            AppendTime(line, createdAt);
            AppendField(line, Number(reader.GetInt32(2)));
            AppendField(line, ReadOptionalString(reader, 3));
            AppendField(line, duration);
            AppendField(line, autoApproval);
            AppendTime(line, expiration);
            AppendField(line, string.Empty);
            AppendField(line, Number((long)(expiration - createdAt).TotalSeconds));
            AppendField(line, reader.GetString(5));
            AppendField(line, workerId);
            AppendField(line, reader.GetString(7));
            AppendTime(line, acceptTime);
            AppendTime(line, submitTime);
            AppendTime(line, ReadOptionalTime(reader, 10, sqlite));
            AppendTime(line, ReadOptionalTime(reader, 11, sqlite));
            AppendTime(line, ReadOptionalTime(reader, 12, sqlite));
            AppendField(line, ReadOptionalString(reader, 13));
            AppendField(line, Number((long)((submitTime ?? acceptTime) - acceptTime).TotalSeconds));
            foreach (var rate in rates.GetValueOrDefault(workerId) ?? NoDecisions)
            {
                AppendField(line, rate);
            }

            foreach (var value in TextListColumn.FromJsonText(reader.GetString(15)))
            {
                AppendField(line, value);
            }

            var answers = reader.IsDBNull(14) ? null : AnswerDocument.Flatten(reader.GetString(14));
            foreach (var column in answerColumns)
            {
                AppendField(line, answers?.GetValueOrDefault(column) ?? string.Empty);
            }

            AppendField(line, string.Empty);
            AppendField(line, string.Empty);
            line.Append("\r\n");
            if (line.Length >= FlushAt)
            {
                await output.WriteAsync(line, cancellationToken);
                line.Clear();
            }

            written++;
        }, cancellationToken);

        await output.WriteAsync(line, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// Each row of the query as the data reader holds it, in the order of the projection's members: EF writes the
    /// query and its parameters, and the stored values are used as they are — materialising 100,000 entities'
    /// times and strings cost more than writing them out.
    /// </summary>
    private async Task ForEachRowAsync(IQueryable<object> query, Func<DbDataReader, ValueTask> each, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = query.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                await each(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Submitted, approved and rejected work of the batch, in row order; read by position, so the order of the
    /// members is the order of the columns. SQLite walks the batch's rows by key and each HIT's work by the
    /// assignments' (HitId, SubmitTime, Id) index, so the order costs no sort.
    /// </summary>
    private IQueryable<object> Work(BatchId batchId) =>
        from row in db.BatchRows.AsNoTracking()
        where row.BatchId == batchId
        join hit in db.Hits.AsNoTracking() on row.HitId equals hit.Id
        join assignment in db.Assignments.AsNoTracking().Where(Assignment.HandedIn) on hit.Id equals assignment.HitId
        orderby row.RowNumber, assignment.SubmitTime, assignment.Id
        select (object)new
        {
            HitId = hit.Id,
            hit.CreatedAt,
            hit.MaxAssignments,
            hit.RequesterAnnotation,
            hit.Expiration,
            AssignmentId = assignment.Id,
            assignment.WorkerId,
            assignment.Status,
            assignment.AcceptTime,
            assignment.SubmitTime,
            assignment.AutoApprovalTime,
            assignment.ApprovalTime,
            assignment.RejectionTime,
            assignment.RequesterFeedback,
            assignment.Answer,
            row.Values,
        };

    /// <summary>Every field quoted, quotes inside doubled; lines are built whole and written some at a time.</summary>
    private static void AppendField(StringBuilder line, string field)
    {
        line.Append(line.Length == 0 || line[^1] == '\n' ? "\"" : ",\"");
        var rest = field.AsSpan();
        for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
        {
            line.Append(rest[..(quote + 1)]).Append('"');
            rest = rest[(quote + 1)..];
        }

        line.Append(rest).Append('"');
    }

    private static void AppendTime(StringBuilder line, DateTime? at)
    {
        line.Append(line.Length == 0 || line[^1] == '\n' ? "\"" : ",\"");
        if (at is not null)
        {
            ResultsTime.Append(line, at.Value);
        }

        line.Append('"');
    }

    private static string ReadOptionalString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? string.Empty : reader.GetString(ordinal);

    private static DateTime? ReadOptionalTime(DbDataReader reader, int ordinal, bool sqlite) => reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal, sqlite);

    // SQLite keeps times as text, which its reader would parse with DateTime.Parse.
    private static DateTime ReadTime(DbDataReader reader, int ordinal, bool sqlite) =>
        sqlite ? ResultsTime.ParseStored(reader.GetString(ordinal)) : reader.GetDateTime(ordinal);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The approval rates this requester has given each worker with work in the batch, over all time, 30 and 7
    /// days, written as MTurk writes them: "100% (12/12)". One grouped query; a worker without decided work is
    /// left out, and written as <see cref="NoDecisions"/>.
    /// </summary>
    private async Task<Dictionary<string, string[]>> ApprovalRatesAsync(RequesterId requester, BatchId batchId, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var (month, week) = (now.AddDays(-30), now.AddDays(-7));

        // Written as the one-live-assignment index's filter, so the batch's workers are read from that index alone.
        var workers =
            from row in db.BatchRows
            where row.BatchId == batchId
            join assignment in db.Assignments on row.HitId equals assignment.HitId
            where assignment.Status == AssignmentStatus.Accepted || assignment.Status == AssignmentStatus.Submitted
                || assignment.Status == AssignmentStatus.Approved || assignment.Status == AssignmentStatus.Rejected
            select assignment.WorkerId;
        var counts = await db.Assignments.AsNoTracking()
            .Where(a => a.RequesterId == requester && workers.Contains(a.WorkerId))
            .Where(a => a.Status == AssignmentStatus.Approved || a.Status == AssignmentStatus.Rejected)
            .Select(a => new { a.WorkerId, Approved = a.Status == AssignmentStatus.Approved, At = a.Status == AssignmentStatus.Approved ? a.ApprovalTime : a.RejectionTime })
            .GroupBy(a => a.WorkerId)
            .Select(g => new
            {
                Worker = g.Key,
                Approved = g.Count(a => a.Approved),
                Decided = g.Count(),
                ApprovedInMonth = g.Count(a => a.Approved && a.At > month),
                DecidedInMonth = g.Count(a => a.At > month),
                ApprovedInWeek = g.Count(a => a.Approved && a.At > week),
                DecidedInWeek = g.Count(a => a.At > week),
            })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(
            c => c.Worker.Value,
            c => new[] { Rate(c.Approved, c.Decided), Rate(c.ApprovedInMonth, c.DecidedInMonth), Rate(c.ApprovedInWeek, c.DecidedInWeek) },
            StringComparer.Ordinal);
    }

    private static string Rate(int approved, int decided)
    {
        var rate = decided == 0 ? 0 : (int)Math.Round(100.0 * approved / decided, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{rate}% ({approved}/{decided})");
    }
}
