using System.Net;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Projects;
using Kempelen.Storage;
using Kempelen.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Batches;

/// <summary>
/// The results file's Answer.* columns are every name any work in the batch answered under, known before the first
/// line; each row carries the approval rates the requester gave that worker.
/// </summary>
public sealed class ExportingBatchResults
{
    private const string Csv = "image_url\nhttps://example.org/1.jpg\nhttps://example.org/2.jpg\nhttps://example.org/3.jpg\n";

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_answer_columns_are_every_name_any_work_answered_under_sorted(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var (requester, batch, hits) = await PublishAsync(app);
        var first = await app.NewWorkerClientAsync();
        var second = await app.NewWorkerClientAsync();
        await SubmitAsync(first, hits[0], new { label = "cat" });
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        await SubmitAsync(second, hits[0], new { label = "dog", comment = "blurry" });
        await SubmitAsync(first, hits[1], new { zebra = "striped", label = "cat" });
        await using (var scope = app.Scope())
        {
            // Known as the work came in, so the export reads no answer before its first line.
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            Assert.True(await db.Batches.Where(b => b.Id == batch).Select(b => b.AnswerColumnsComplete).SingleAsync(TestContext.Current.CancellationToken));
            Assert.Equal(["comment", "label", "zebra"], await db.BatchAnswerColumns.Where(c => c.BatchId == batch).Select(c => c.Name).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken));
        }

        var table = await ExportAsync(app, requester, batch);

        Assert.Equal(["Input.image_url", "Answer.comment", "Answer.label", "Answer.zebra", "Approve", "Reject"], table.Columns.Skip(27));
        Assert.Equal(["", "cat", ""], Answers(table, 0));
        Assert.Equal(["blurry", "dog", ""], Answers(table, 1));
        Assert.Equal(["", "cat", "striped"], Answers(table, 2));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Work_handed_in_at_once_with_the_same_new_names_is_all_accepted_and_records_each_name_once(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var (requester, batch, hits) = await PublishAsync(app);
        var accepted = new List<(WorkerClient Worker, string Assignment)>();
        foreach (var hit in hits)
        {
            foreach (var worker in new[] { await app.NewWorkerClientAsync(), await app.NewWorkerClientAsync() })
            {
                accepted.Add((worker, await worker.AcceptAsync(hit)));
            }
        }

        var submitted = await Task.WhenAll(accepted.Select(a => a.Worker.PostAsync($"/assignments/{a.Assignment}/submit", new { answers = new { label = "cat", comment = "new" } })));

        Assert.All(submitted, s => Assert.Equal(HttpStatusCode.OK, s.Status));
        var table = await ExportAsync(app, requester, batch);
        Assert.Equal(["Input.image_url", "Answer.comment", "Answer.label", "Approve", "Reject"], table.Columns.Skip(27));
        Assert.Equal(6, table.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_batch_published_before_answer_names_were_recorded_is_read_in_full_once_and_then_knows_them(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var (requester, batch, hits) = await PublishAsync(app);
        var worker = await app.NewWorkerClientAsync();
        await SubmitAsync(worker, hits[0], new { label = "cat", comment = "tabby" });
        await using (var scope = app.Scope())
        {
            // As a batch stood after the upgrade that added the names: none recorded, and not marked complete.
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            await db.BatchAnswerColumns.Where(c => c.BatchId == batch).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
            await db.Batches.Where(b => b.Id == batch).ExecuteUpdateAsync(b => b.SetProperty(x => x.AnswerColumnsComplete, false), TestContext.Current.CancellationToken);
        }

        var table = await ExportAsync(app, requester, batch);

        Assert.Equal(["Input.image_url", "Answer.comment", "Answer.label", "Approve", "Reject"], table.Columns.Skip(27));
        await using var after = app.Scope();
        var stored = after.ServiceProvider.GetRequiredService<KempelenDb>();
        Assert.True(await stored.Batches.Where(b => b.Id == batch).Select(b => b.AnswerColumnsComplete).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["comment", "label"], await stored.BatchAnswerColumns.Where(c => c.BatchId == batch).Select(c => c.Name).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_row_carries_the_rates_this_requester_gave_its_worker_over_all_time_30_and_7_days(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var (requester, batch, hits) = await PublishAsync(app);
        var decided = await app.NewWorkerClientAsync();
        var undecided = await app.NewWorkerClientAsync();
        var assignments = new List<string>();
        foreach (var hit in hits)
        {
            assignments.Add(await SubmitAsync(decided, hit, new { label = "cat" }));
        }

        await SubmitAsync(undecided, hits[0], new { label = "dog" });
        await app.ApproveAsync(requester, assignments[0]);
        app.AdvanceTime(TimeSpan.FromDays(10));
        await app.ApproveAsync(requester, assignments[1]);
        await app.RejectAsync(requester, assignments[2], "Not a cat");

        var table = await ExportAsync(app, requester, batch);

        string[] Rates(int row) => [.. new[] { "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate" }.Select(c => Cell(table, row, c))];
        var rows = Enumerable.Range(0, table.Rows.Count).ToLookup(row => Cell(table, row, "WorkerId"));
        Assert.All(rows[decided.Worker.Id.Value], row => Assert.Equal(["67% (2/3)", "67% (2/3)", "50% (1/2)"], Rates(row)));
        Assert.Equal(["0% (0/0)", "0% (0/0)", "0% (0/0)"], Rates(Assert.Single(rows[undecided.Worker.Id.Value])));
    }

    private static async Task<(TestRequester Requester, BatchId Batch, List<string> Hits)> PublishAsync(KempelenApp app)
    {
        var requester = await app.CreateRequesterAsync();
        await using var scope = app.Scope();
        var project = await scope.ServiceProvider.GetRequiredService<SaveProject>().CreateAsync(
            requester.Id,
            new ProjectTerms(
                HitTypeProperties.Create("Cat or not", "Look at one photo", null, new Money(10), 600, 3600, []),
                AssignmentsPerHit: 2,
                LifetimeInSeconds: 86400,
                """<img src="${image_url}"><input name="label">""",
                ProjectTerms.DefaultFrameHeight),
            TestContext.Current.CancellationToken);
        var batch = await scope.ServiceProvider.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project.Id, Csv, publishToken: null, progress: null, TestContext.Current.CancellationToken);
        var hits = await scope.ServiceProvider.GetRequiredService<KempelenDb>().BatchRows
            .Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber).Select(r => r.HitId.Value).ToListAsync(TestContext.Current.CancellationToken);
        return (requester, batch.Id, hits);
    }

    private static async Task<string> SubmitAsync(WorkerClient worker, string hit, object answers)
    {
        var assignment = await worker.AcceptAsync(hit);
        var (status, _) = await worker.PostAsync($"/assignments/{assignment}/submit", new { answers });
        Assert.Equal(HttpStatusCode.OK, status);
        return assignment;
    }

    private static async Task<CsvTable> ExportAsync(KempelenApp app, TestRequester requester, BatchId batch)
    {
        await using var scope = app.Scope();
        await using var text = new StringWriter();
        await scope.ServiceProvider.GetRequiredService<BatchResults>().WriteAsync(requester.Id, batch, text, TestContext.Current.CancellationToken);
        return CsvTable.Parse(text.ToString());
    }

    private static string Cell(CsvTable table, int row, string column) => table.Rows[row].Fields[table.Columns.ToList().IndexOf(column)];

    private static string[] Answers(CsvTable table, int row) =>
        [.. table.Columns.Where(c => c.StartsWith("Answer.", StringComparison.Ordinal)).Select(c => Cell(table, row, c))];
}
