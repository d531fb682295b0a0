using System.Globalization;
using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Idempotency;
using Kempelen.Projects;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// Publishes a project's CSV as one HIT per row. The file is checked whole first (line-numbered problems, nothing
/// created); then every HIT, its row and the escrow for all of them are written in one transaction by bulk
/// inserts, and the escrow moves as one transfer — so a crash at any point
/// leaves either the whole batch with its money held, or nothing.
/// </summary>
public sealed class PublishBatch(KempelenDb db, DefineHitType defineHitType, FeePolicy fees, Escrow escrow, RequestTokens requestTokens, TimeProvider time)
{
    public const int MaxRows = 500_000;
    private const int ChunkSize = 2_000;

    public async Task<BatchQuote> QuoteAsync(RequesterId requester, ProjectId projectId, string csv, CancellationToken cancellationToken)
    {
        var project = await SaveProject.FindAsync(db, requester, projectId, cancellationToken);
        var table = Read(project, csv);
        return await QuoteAsync(requester, project, table.Rows.Count, cancellationToken);
    }

    /// <summary>
    /// Publishes the file as a batch; with a token, at most once per token (remembered for a day): a form sent
    /// twice — a double click, a retried request — answers the batch the first one made instead of publishing and
    /// holding the money again.
    /// </summary>
    public async Task<Batch> ExecuteAsync(RequesterId requester, ProjectId projectId, string csv, string? publishToken, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // A repeat after the first has committed is answered before the file is quoted, so that it is not refused
        // for the money the first one moved; a repeat racing the first is answered inside the publishing transaction.
        if (publishToken is not null
            && await requestTokens.RememberedAsync(requester, RequestTokenScope.BatchPublish, publishToken, time.UtcNowToTheMillisecond(), cancellationToken) is { } remembered)
        {
            return await FindAsync(remembered, cancellationToken);
        }

        var project = await SaveProject.FindAsync(db, requester, projectId, cancellationToken);
        var table = Read(project, csv);
        var quote = await QuoteAsync(requester, project, table.Rows.Count, cancellationToken);
        if (!quote.Affordable)
        {
            throw new DomainException(
                ErrorCode.InsufficientFunds,
                $"Publishing {quote.HitCount} HITs costs {quote.Total} including fees; the available balance is {quote.Available}.");
        }

        var type = await defineHitType.ExecuteAsync(requester, project.TypeProperties, cancellationToken);
        var slotCost = project.Reward + quote.FeePerAssignment;
        var now = time.UtcNowToTheMillisecond();
        var batch = Batch.Publish(requester, project.Id, type.Id, table.Columns, table.Rows.Count, now);
        var annotation = $"BatchId:{batch.Id};OriginalHitTemplateId:{project.Id};";
        var questionFor = project.QuestionsFor(table.Columns, "csv");

        // Random IDs handed out in ascending order: each index on a HIT's ID then takes the batch's entries in key
        // order, touching each page once, instead of at random across the index (several times faster on SQLite).
        var ids = new HitId[table.Rows.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = HitId.New();
        }

        Array.Sort(ids);
        return await requestTokens.RunOnceAsync(
            requester,
            RequestTokenScope.BatchPublish,
            publishToken,
            now,
            remembered: batchId => FindAsync(batchId, cancellationToken),
            async () =>
            {
                await using (await SqlitePageCache.WidenAsync(db, cancellationToken))
                {
                    await BulkInsert.InsertAsync(db, [batch], cancellationToken);
                    var held = Money.Zero;
                    for (var start = 0; start < table.Rows.Count; start += ChunkSize)
                    {
                        var hits = new List<Hit>(ChunkSize);
                        var rows = new List<BatchRow>(ChunkSize);
                        for (var index = start; index < Math.Min(start + ChunkSize, table.Rows.Count); index++)
                        {
                            var row = table.Rows[index];
                            var hit = Hit.Create(ids[index], type, project.AssignmentsPerHit, project.LifetimeInSeconds, questionFor(row.Fields), project.Id.Value, annotation, slotCost, now);
                            held += Escrow.Record(hit, now);
                            hits.Add(hit);
                            rows.Add(BatchRow.Of(batch.Id, index + 1, hit.Id, row.Fields));
                        }

                        await BulkInsert.InsertAsync(db, hits, cancellationToken);
                        await BulkInsert.InsertAsync(db, rows, cancellationToken);
                        await HitGroupListings.RecordInsertedAsync(db, hits, cancellationToken);
                        progress?.Report(start + hits.Count);
                    }

                    await escrow.HoldAsync(requester, held, $"Batch {batch.Id}", cancellationToken);
                }

                return (batch, batch.Id.Value);
            },
            cancellationToken);
    }

    private Task<Batch> FindAsync(string batchId, CancellationToken cancellationToken)
    {
        var id = BatchId.From(batchId);
        return db.Batches.AsNoTracking().SingleAsync(b => b.Id == id, cancellationToken);
    }

    /// <summary>
    /// The file as rows for this project: well-formed CSV, a column for every placeholder, within the row limit,
    /// and the first row's HIT a valid question (the others differ only in escaped values, so their size is
    /// what is left to check). A row's question is built here only when a bound on its size, found from the
    /// lengths of its values, could exceed the limit: building each to measure it and again to publish it cost a
    /// second of 100,000 rows, and keeping them all would hold the whole batch's HTML in memory twice over.
    /// </summary>
    private static CsvTable Read(Project project, string csv)
    {
        var table = CsvTable.Parse(csv);
        var problems = project.Placeholders
            .Where(p => !table.Columns.Contains(p))
            .Select(p => $"Line 1: the project's HTML uses ${{{p}}} but the file has no column named '{p}'.")
            .ToList();
        if (table.Rows.Count > MaxRows)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The file has {table.Rows.Count} rows; a batch takes at most {MaxRows}."));
        }

        if (problems.Count > 0)
        {
            throw new CsvException(problems);
        }

        var questionFor = project.QuestionsFor(table.Columns, "csv");
        var lengthBound = project.QuestionLengthBoundsFor(table.Columns, "csv");
        foreach (var row in table.Rows)
        {
            if (row == table.Rows[0])
            {
                QuestionDocument.Validate(questionFor(row.Fields));
            }
            else if (lengthBound(row.Fields) > QuestionDocument.MaxBytes && questionFor(row.Fields) is { Length: > QuestionDocument.MaxBytes } question)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Line {row.Line}: the HIT made from this row is {question.Length} characters; a question may hold {QuestionDocument.MaxBytes}."));
            }
        }

        return problems.Count > 0 ? throw new CsvException(problems) : table;
    }

    private async Task<BatchQuote> QuoteAsync(RequesterId requester, Project project, int rows, CancellationToken cancellationToken)
    {
        var fee = fees.FeePerAssignment(project.Reward, project.AssignmentsPerHit, project.TypeProperties.RequiresMasters);
        var total = (project.Reward + fee) * ((long)project.AssignmentsPerHit * rows);
        var balance = await RequesterBalance.ReadAsync(db, requester, cancellationToken);
        return new BatchQuote(rows, project.AssignmentsPerHit, project.Reward, fee, total, balance.Available);
    }
}
