using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Hosting;
using Kempelen.Projects;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Bench;

/// <summary>
/// Issue 5's goals: publishing a CSV of --batch-rows rows from a project, against raw SQLite inserts of the same
/// rows in one transaction in the same run; then exporting the results CSV of as many submitted assignments,
/// in rows per second, with the process's resident memory sampled while it streams; and deciding work from a
/// marked results file against deciding it one transaction at a time.
/// </summary>
public static class BatchBench
{
    private const int MeasuredRounds = 3;
    private const string Template = """<p><img src="${image_url}" alt="${caption}"></p><label>Label <input name="label"></label>""";

    public static async Task RunAsync(string folder, int rows)
    {
        var storage = new StorageOptions(DatabaseProvider.Sqlite, Path.Combine(folder, "data"), null);
        var app = KempelenWeb.Build(storage, "http://127.0.0.1:0", builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.Services.PrepareStorageAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var requester = await services.GetRequiredService<CreateRequester>().ExecuteAsync("Bench", new Money(10_000_000_000), CancellationToken.None);
        var project = await services.GetRequiredService<SaveProject>().CreateAsync(
            requester.RequesterId,
            new ProjectTerms(HitTypeProperties.Create("Label the photo", "One word", null, new Money(5), 600, 86400, []), 1, 86400, Template, 0),
            CancellationToken.None);

        // The HIT type is defined now, as a project published before has it, so that the copy below, which the
        // raw baseline inserts into, holds every row the batch's rows refer to.
        await services.GetRequiredService<DefineHitType>().ExecuteAsync(requester.RequesterId, project.TypeProperties, CancellationToken.None);

        // A server runs for days: the figures are those of warm code, as a first, smaller round through every
        // path (the baseline's too) leaves it, not of the just-in-time compiler's first passes over it. Then
        // several rounds, each against its own baseline measured just before it, and the middle one reported:
        // on a shared machine one round can be a fifth off either way.
        await RoundAsync(services, storage, folder, requester.RequesterId, project.Id, Math.Max(1_000, rows / 10));
        var rounds = new List<Round>();
        Console.WriteLine();
        Console.WriteLine(LoadResult.Header);
        for (var i = 0; i < MeasuredRounds; i++)
        {
            var round = await RoundAsync(services, storage, folder, requester.RequesterId, project.Id, rows);
            Console.WriteLine(round.Raw.Row(null));
            Console.WriteLine(round.Publish.Row(round.Raw));
            Console.WriteLine(round.Export.Row(null));
            rounds.Add(round);
        }

        var rowRate = Median(rounds.Select(r => r.Publish.RequestsPerSecond / r.Raw.RequestsPerSecond));
        var processorTime = Median(rounds.Select(r => r.RawCpu / r.PublishCpu));
        var export = Median(rounds.Select(r => r.Export.RequestsPerSecond));
        var exportPerCpuSecond = Median(rounds.Select(r => rows / r.ExportCpu.TotalSeconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {MeasuredRounds} rounds of {rows} rows:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch publish / raw inserts : {rowRate:P0} of the row rate (goal ≥ 50%); {processorTime:P0} of the rate by processor time (all threads, steadier than the clock on a busy machine)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"results export : {export:F0} rows/s (goal ≥ 100,000); {exportPerCpuSecond:F0} rows per processor second; resident memory grew at most {rounds.Max(r => r.ResidentGrowthMb):F0} MB while streaming {rows} rows"));

        var reviewRows = Math.Max(200, rows / 50);
        await ReviewAsync(app.Services, requester.RequesterId, project.Id, 100);
        var (oneByOne, upload) = await ReviewAsync(app.Services, requester.RequesterId, project.Id, reviewRows);
        Console.WriteLine();
        Console.WriteLine(LoadResult.Header);
        Console.WriteLine(oneByOne.Row(null));
        Console.WriteLine(upload.Row(oneByOne));
    }

    /// <summary>
    /// A marked results file approving <paramref name="rows"/> assignments (ReviewBatch: a transaction per hundred
    /// rows), against as many approvals one transaction each (ApproveAssignment, as the API and the grid's row button
    /// decide), in the same batch; the work is handed in through the worker's own use cases first.
    /// </summary>
    private static async Task<(LoadResult OneByOne, LoadResult Upload)> ReviewAsync(IServiceProvider root, RequesterId requester, ProjectId project, int rows)
    {
        async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
        {
            await using var scope = root.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }

        var csv = "image_url,caption\n" + string.Concat(Enumerable.Range(0, 2 * rows).Select(i => $"https://example.org/review/{i}.jpg,Photo {i}\n"));
        var batch = await InScopeAsync(s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester, project, csv, publishToken: null, progress: null, CancellationToken.None));
        var hits = await InScopeAsync(s => s.GetRequiredService<KempelenDb>().BatchRows.Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber).Select(r => r.HitId).ToListAsync());
        var worker = await InScopeAsync(s => s.GetRequiredService<RegisterWorker>().ExecuteAsync($"reviewed-{Guid.NewGuid():N}@example.org", "correct horse battery", CancellationToken.None));
        var answer = AnswerDocument.Write([new FreeTextAnswer("label", "cat")]);
        var assignments = new List<string>();
        foreach (var hit in hits)
        {
            var accepted = await InScopeAsync(s => s.GetRequiredService<AcceptAssignment>().ExecuteAsync(worker.WorkerId, hit, CancellationToken.None));
            await InScopeAsync(s => s.GetRequiredService<SubmitAssignment>().ExecuteAsync(worker.WorkerId, accepted.Id.Value, answer, CancellationToken.None));
            assignments.Add(accepted.Id.Value);
        }

        var clock = Stopwatch.StartNew();
        foreach (var assignment in assignments.Take(rows))
        {
            await InScopeAsync(async s =>
            {
                await s.GetRequiredService<ApproveAssignment>().ExecuteAsync(requester, assignment, feedback: null, overrideRejection: false, CancellationToken.None);
                return true;
            });
        }

        var oneByOne = new LoadResult("approvals, one per transaction", rows, 0, clock.Elapsed, [clock.Elapsed.TotalMilliseconds]);
        var marked = "AssignmentId,Approve,Reject\n" + string.Concat(assignments.Skip(rows).Select(a => $"{a},x,\n"));
        clock.Restart();
        var outcome = await InScopeAsync(s => s.GetRequiredService<ReviewBatch>().ExecuteAsync(requester, batch.Id, marked, CancellationToken.None));
        var upload = new LoadResult("marked results file (ReviewBatch)", rows, rows - outcome.Approved, clock.Elapsed, [clock.Elapsed.TotalMilliseconds]);
        return (oneByOne, upload);
    }

    private static async Task<Round> RoundAsync(
        IServiceProvider services, StorageOptions storage, string folder, RequesterId requester, ProjectId project, int rows)
    {
        var csv = new StringBuilder("image_url,caption\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"https://example.org/photos/{i}.jpg,\"Photo {i}, taken \"\"somewhere\"\"\"\n");
        }

        var database = Path.Combine(storage.DataDirectory, StorageOptions.SqliteFileName);
        var copy = Path.Combine(folder, $"raw-{Guid.NewGuid():N}.db");
        await services.GetRequiredService<KempelenDb>().Database.ExecuteSqlAsync($"VACUUM INTO {copy}");

        // On disk before the clocks start, so that writing the copy back does not slow whichever is timed next.
        await using (var written = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite))
        {
            written.Flush(flushToDisk: true);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var batch = await services.GetRequiredService<PublishBatch>().ExecuteAsync(requester, project, csv.ToString(), publishToken: null, progress: null, CancellationToken.None);
        clock.Stop();
        var publishCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var publish = new LoadResult("batch publish (all rows, 1 tx)", rows, 0, clock.Elapsed, [clock.Elapsed.TotalMilliseconds]);

        var published = new[]
        {
            await RawSqliteInserts.ReadAsync(database, "Batches", "Id = $batch", "Id", ("$batch", batch.Id.Value)),
            await RawSqliteInserts.ReadAsync(database, "Hits", "Id IN (SELECT HitId FROM BatchRows WHERE BatchId = $batch)", "Id", ("$batch", batch.Id.Value)),
            await RawSqliteInserts.ReadAsync(database, "BatchRows", "BatchId = $batch", "RowNumber", ("$batch", batch.Id.Value)),
        };
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var raw = await RawSqliteInserts.RunBatchAsync(copy, published, rows);
        var rawCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        await SubmitWorkAsync(services, batch.Id);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (export, residentGrowthMb) = await ExportAsync(services, requester, batch.Id, rows);
        var exportCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new Round(raw, publish, export, rawCpu, publishCpu, exportCpu, residentGrowthMb);
    }

    /// <summary>
    /// One submitted assignment per HIT, written straight through the model (the bench measures the export, not
    /// the worker flow, which bench/WorkerCycles measures), with the answer names recorded as submitting records
    /// them; HIT counters are not moved, so this data is only fit for reading results.
    /// </summary>
    private static async Task SubmitWorkAsync(IServiceProvider services, BatchId batch)
    {
        var worker = await services.GetRequiredService<RegisterWorker>().ExecuteAsync($"bench-{Guid.NewGuid():N}@example.org", "correct horse battery", CancellationToken.None);
        var db = services.GetRequiredService<KempelenDb>();
        var now = services.GetRequiredService<TimeProvider>().UtcNowToTheMillisecond();
        var type = await db.HitTypes.AsNoTracking().SingleAsync(t => db.Batches.Any(b => b.Id == batch && b.HitTypeId == t.Id));
        var answer = AnswerDocument.Write([new FreeTextAnswer("label", "cat, \"tabby\"")]);
        var hitIds = await db.BatchRows.Where(r => r.BatchId == batch).Select(r => r.HitId).ToListAsync();
        foreach (var chunk in hitIds.Chunk(5_000))
        {
            var hits = await db.Hits.AsNoTracking().Where(h => chunk.Contains(h.Id)).ToListAsync();
            foreach (var hit in hits)
            {
                var assignment = Assignment.Accept(hit, type, worker.WorkerId, now);
                assignment.Submit(answer, type.AutoApprovalDelayInSeconds, now);
                db.Assignments.Add(assignment);
            }

            await db.SaveChangesAsync();
            foreach (var hit in hits)
            {
                await BatchAnswerColumns.RecordAsync(db, hit, answer, CancellationToken.None);
            }

            db.ChangeTracker.Clear();
        }
    }

    private static async Task<(LoadResult Export, double ResidentGrowthMb)> ExportAsync(IServiceProvider services, RequesterId requester, BatchId batch, int rows)
    {
        GC.Collect();
        var before = Environment.WorkingSet;
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(20, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        await using (var output = new StreamWriter(Stream.Null, new UTF8Encoding(false)))
        {
            await services.GetRequiredService<BatchResults>().WriteAsync(requester, batch, output, CancellationToken.None);
        }

        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        return (new LoadResult("results CSV export", rows, 0, clock.Elapsed, [clock.Elapsed.TotalMilliseconds]), (peak - before) / 1048576.0);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private sealed record Round(LoadResult Raw, LoadResult Publish, LoadResult Export, TimeSpan RawCpu, TimeSpan PublishCpu, TimeSpan ExportCpu, double ResidentGrowthMb);
}
