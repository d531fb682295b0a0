using System.Text;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Projects;
using Kempelen.Storage;
using Kempelen.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Batches;

/// <summary>A project's CSV becomes HITs all at once or not at all; the results come back as MTurk's results CSV and go in again as decisions.</summary>
public sealed class PublishingAndReviewingBatches
{
    private const string Csv = "image_url,caption,note\nhttps://example.org/1.jpg,\"A cat, probably\",\"<script>alert(1)</script>\"\nhttps://example.org/2.jpg,\"He said \"\"meow\"\"\nloudly\",Zürich\n";

    private static async Task<ProjectId> CreateProjectAsync(KempelenApp app, TestRequester requester, int assignments = 2)
    {
        await using var scope = app.Scope();
        var project = await scope.ServiceProvider.GetRequiredService<SaveProject>().CreateAsync(
            requester.Id,
            new ProjectTerms(
                HitTypeProperties.Create("Cat or not", "Look at one photo", null, new Money(10), 600, 3600, []),
                assignments,
                LifetimeInSeconds: 86400,
                """<img src="${image_url}" alt="${caption}"><input name="label">""",
                ProjectTerms.DefaultFrameHeight),
            TestContext.Current.CancellationToken);
        return project.Id;
    }

    private static async Task<T> WithAsync<T>(KempelenApp app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Scope();
        return await work(scope.ServiceProvider);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Publishing_creates_a_hit_per_row_holds_their_escrow_in_one_transfer_and_escapes_every_value(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync("10.00");
        var project = await CreateProjectAsync(app, requester);

        var quote = await WithAsync(app, s => s.GetRequiredService<PublishBatch>().QuoteAsync(requester.Id, project, Csv, TestContext.Current.CancellationToken));
        var batch = await WithAsync(app, s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project, Csv, publishToken: null, progress: null, TestContext.Current.CancellationToken));

        Assert.Equal((2, "0.48"), (quote.HitCount, quote.Total.ToString()));
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var hits = await db.Hits.AsNoTracking().Where(h => h.RequesterAnnotation!.StartsWith("BatchId:" + batch.Id.Value)).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Equal(project.Value, h.HitLayoutId));
        Assert.Contains(hits, h => h.Question.Contains("alt=\"He said &quot;meow&quot;\nloudly\"", StringComparison.Ordinal));
        Assert.Single(await db.LedgerEntries.AsNoTracking().Where(e => e.Kind == TransferKind.EscrowHold).Select(e => e.TransferId).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("9.52", (await RequesterBalance.ReadAsync(db, requester.Id, TestContext.Current.CancellationToken)).Available.ToString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_batch_of_many_statements_reads_back_as_tracked_saves_write_hits_with_ids_ascending_in_row_order(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync("1000.00");
        var project = await CreateProjectAsync(app, requester);
        var csv = new StringBuilder("image_url,caption,note\n");
        for (var i = 1; i <= 123; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"https://example.org/{i}.jpg,\"Photo {i}, \"\"quoted\"\" & <b>bold</b> ]]>\",{(i % 2 == 0 ? "Zürich 🙂" : "")}\n");
        }

        var batch = await WithAsync(app, s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project, csv.ToString(), publishToken: null, progress: null, TestContext.Current.CancellationToken));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var stored = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == project, TestContext.Current.CancellationToken);
        var rows = await db.BatchRows.AsNoTracking().Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber).ToListAsync(TestContext.Current.CancellationToken);
        var hits = await db.Hits.AsNoTracking().Where(h => rows.Select(r => r.HitId).Contains(h.Id)).ToDictionaryAsync(h => h.Id, TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, 123), rows.Select(r => r.RowNumber));
        Assert.Equal(rows.Select(r => r.HitId).Order(), rows.Select(r => r.HitId));
        var expected = new[] { "image_url", "caption", "note" };
        foreach (var row in rows)
        {
            var hit = hits[row.HitId];
            Assert.Equal(stored.QuestionFor(expected.Zip(row.Values).ToDictionary(p => p.First, p => p.Second), "csv"), hit.Question);
            Assert.Equal((batch.HitTypeId, requester.Id, 2, 2, 0, "0.12", "0.24", false, 1), (hit.HitTypeId, hit.RequesterId, hit.MaxAssignments, hit.AvailableCount, hit.PendingCount, hit.SlotCost.ToString(), hit.Escrow.ToString(), hit.ExpirySettled, hit.Version));
            Assert.Equal((batch.CreatedAt, batch.CreatedAt.AddSeconds(86400), DateTimeKind.Utc), (hit.CreatedAt, hit.Expiration, hit.CreatedAt.Kind));
        }

        Assert.Equal($"https://example.org/7.jpg|Photo 7, \"quoted\" & <b>bold</b> ]]>|", string.Join('|', rows[6].Values));

        // The shared values were written as literals and the varying ones bound: both must compare equal to
        // parameters as the model writes them, or queries would miss the batch's HITs.
        var (createdAt, expiration) = (batch.CreatedAt, batch.CreatedAt.AddSeconds(86400));
        Assert.Equal(123, await db.Hits.CountAsync(h => h.CreatedAt == createdAt && h.Expiration == expiration && h.HitTypeId == batch.HitTypeId && !h.ExpirySettled && h.DisposedAt == null && h.HitLayoutId == project.Value, TestContext.Current.CancellationToken));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_with_a_missing_column_or_a_cost_beyond_the_balance_creates_nothing(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync("0.40");
        var project = await CreateProjectAsync(app, requester);

        var missing = await Assert.ThrowsAsync<CsvException>(() => WithAsync(app, s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project, "image_url\nhttps://example.org/1.jpg\n", publishToken: null, progress: null, TestContext.Current.CancellationToken)));
        var poor = await Assert.ThrowsAsync<DomainException>(() => WithAsync(app, s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project, Csv, publishToken: null, progress: null, TestContext.Current.CancellationToken)));

        Assert.Contains("Line 1: the project's HTML uses ${caption} but the file has no column named 'caption'.", missing.Problems);
        Assert.Equal(ErrorCode.InsufficientFunds, poor.Code);
        Assert.Contains("0.48", poor.Message, StringComparison.Ordinal);
        await using var scope = app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KempelenDb>().Hits.CountAsync(TestContext.Current.CancellationToken));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_row_whose_question_would_be_too_long_is_refused_by_line_and_nothing_is_published(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync();
        var project = await CreateProjectAsync(app, requester);
        var csv = $"image_url,caption,note\nhttps://example.org/1.jpg,short,\nhttps://example.org/2.jpg,{new string('"', 2).Replace("\"\"", "\"" + new string('&', 13_200) + "\"", StringComparison.Ordinal)},\nhttps://example.org/3.jpg,{new string('x', 8_000)},\n";

        var tooLong = await Assert.ThrowsAsync<CsvException>(() => WithAsync(app, s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project, csv, publishToken: null, progress: null, TestContext.Current.CancellationToken)));

        Assert.Equal(["Line 3: the HIT made from this row is 66706 characters; a question may hold 65535."], tooLong.Problems);
        await using var scope = app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KempelenDb>().Hits.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Results_come_back_in_mturks_layout_and_a_marked_file_approves_and_rejects_row_by_row(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync();
        var project = await CreateProjectAsync(app, requester, assignments: 1);
        var batch = await WithAsync(app, s => s.GetRequiredService<PublishBatch>().ExecuteAsync(requester.Id, project, Csv, publishToken: null, progress: null, TestContext.Current.CancellationToken));
        var hitIds = await WithAsync(app, s => s.GetRequiredService<KempelenDb>().BatchRows.Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber).Select(r => r.HitId.Value).ToListAsync(TestContext.Current.CancellationToken));
        var worker = await app.NewWorkerClientAsync();
        foreach (var (hitId, label) in hitIds.Zip(["cat, \"surely\"", "no\ncat"]))
        {
            var assignment = await worker.AcceptAsync(hitId);
            await worker.PostAsync($"/assignments/{assignment}/submit", new { answers = new { label } });
        }

        var results = await WithAsync(app, async s =>
        {
            await using var text = new StringWriter();
            await s.GetRequiredService<BatchResults>().WriteAsync(requester.Id, batch.Id, text, TestContext.Current.CancellationToken);
            return text.ToString();
        });
        var table = CsvTable.Parse(results);

        Assert.Equal(["HITId", "HITTypeId", "Title"], table.Columns.Take(3));
        Assert.Equal(["Input.image_url", "Input.caption", "Input.note", "Answer.label", "Approve", "Reject"], table.Columns.Skip(27));
        Assert.StartsWith("\"HITId\",\"HITTypeId\"", results, StringComparison.Ordinal);
        Assert.Equal(2, table.Rows.Count);
        string Cell(int row, string column) => table.Rows[row].Fields[table.Columns.ToList().IndexOf(column)];
        Assert.Equal("He said \"meow\"\nloudly", Cell(1, "Input.caption"));
        Assert.Equal("<script>alert(1)</script>", Cell(0, "Input.note"));
        Assert.Equal("cat, \"surely\"", Cell(0, "Answer.label"));
        Assert.Equal("no\ncat", Cell(1, "Answer.label"));
        Assert.Equal("Submitted", Cell(0, "AssignmentStatus"));
        Assert.Equal("$0.10", Cell(0, "Reward"));

        var marked = new StringBuilder(string.Join(',', table.Columns.Select(c => '"' + c + '"'))).Append('\n');
        foreach (var (row, decision) in table.Rows.Zip(new[] { ("x", ""), ("", "Labels do not match the photo") }))
        {
            var fields = row.Fields.Take(row.Fields.Count - 2).Append(decision.Item1).Append(decision.Item2);
            marked.Append(string.Join(',', fields.Select(f => '"' + f.Replace("\"", "\"\"", StringComparison.Ordinal) + '"'))).Append('\n');
        }

        var stranger = Enumerable.Repeat(string.Empty, table.Columns.Count).ToArray();
        stranger[table.Columns.ToList().IndexOf("AssignmentId")] = "3NOTANASSIGNMENT00000000000000";
        stranger[table.Columns.ToList().IndexOf("Approve")] = "x";
        marked.Append(string.Join(',', stranger.Select(f => '"' + f + '"'))).Append('\n');
        var outcome = await WithAsync(app, s => s.GetRequiredService<ReviewBatch>().ExecuteAsync(requester.Id, batch.Id, marked.ToString(), TestContext.Current.CancellationToken));
        var again = await WithAsync(app, s => s.GetRequiredService<ReviewBatch>().ExecuteAsync(requester.Id, batch.Id, marked.ToString(), TestContext.Current.CancellationToken));

        Assert.Equal((1, 1, 0), (outcome.Approved, outcome.Rejected, outcome.Unchanged));
        Assert.Contains(outcome.Errors, e => e.EndsWith("(3NOTANASSIGNMENT00000000000000): this assignment is not work of batch " + batch.Id + ".", StringComparison.Ordinal));
        Assert.Equal((0, 0, 2), (again.Approved, again.Rejected, again.Unchanged));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_marked_file_of_many_rows_decides_each_row_its_own_way_and_reports_bad_rows_by_line(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync("500.00");
        var csv = "text\n" + string.Concat(Enumerable.Range(0, 250).Select(i => $"line {i}\n"));
        var batch = await ReviewableBatch.PublishAsync(app.Scope, requester.Id, csv, workers: 1, (row, _) => [("label", $"label {row}")]);
        var results = await WithAsync(app, async s =>
        {
            await using var text = new StringWriter();
            await s.GetRequiredService<BatchResults>().WriteAsync(requester.Id, batch.Id, text, TestContext.Current.CancellationToken);
            return CsvTable.Parse(text.ToString());
        });
        int Column(string name) => results.Columns.ToList().IndexOf(name);
        string AssignmentOf(int row) => results.Rows[row].Fields[Column("AssignmentId")];
        await app.ApproveAsync(requester, AssignmentOf(1));
        await app.RejectAsync(requester, AssignmentOf(2), "Too short");

        // Rows 0, 3, 6, … approve; 1, 4, 7, … reject with their own feedback; the rest are left blank. Row 1 was
        // approved already and stays so; row 2, rejected already, is approved over its rejection, as on MTurk.
        string[] Marks(int row) => (row % 3) switch { 0 => ["x", ""], 1 => ["", $"Label {row} is wrong"], _ => row == 2 ? ["x", ""] : ["", ""] };
        var marked = new StringBuilder(string.Join(',', results.Columns.Select(Quoted))).Append('\n');
        void Append(IEnumerable<string> fields) => marked.Append(string.Join(',', fields.Select(Quoted))).Append('\n');
        for (var row = 0; row < results.Rows.Count; row++)
        {
            Append(results.Rows[row].Fields.SkipLast(2).Concat(Marks(row)));
        }

        Append(results.Rows[6].Fields.SkipLast(2).Concat(["", "Changed my mind"]));
        Append(results.Rows[9].Fields.SkipLast(2).Concat(["", "bell \u0007 in the feedback"]));
        var outcome = await WithAsync(app, s => s.GetRequiredService<ReviewBatch>().ExecuteAsync(requester.Id, batch.Id, marked.ToString(), TestContext.Current.CancellationToken));

        var (approveRows, rejectRows) = (Enumerable.Range(0, 250).Where(r => r % 3 == 0 || r == 2).ToList(), Enumerable.Range(0, 250).Where(r => r % 3 == 1 && r != 1).ToList());
        Assert.Equal((approveRows.Count, rejectRows.Count, 250 - approveRows.Count - rejectRows.Count), (outcome.Approved, outcome.Rejected, outcome.Unchanged));
        Assert.Equal(2, outcome.Errors.Count);
        Assert.Equal($"Line 252 ({AssignmentOf(6)}): this assignment is on line 8 already; keep one row for it.", outcome.Errors[0]);
        Assert.StartsWith($"Line 253 ({AssignmentOf(9)}): ", outcome.Errors[1], StringComparison.Ordinal);
        await using var scope = app.Scope();
        var stored = await scope.ServiceProvider.GetRequiredService<KempelenDb>().Assignments.AsNoTracking()
            .ToDictionaryAsync(a => a.Id.Value, a => (a.Status, a.RequesterFeedback), TestContext.Current.CancellationToken);
        Assert.All(approveRows, row => Assert.Equal(Kempelen.Assignments.AssignmentStatus.Approved, stored[AssignmentOf(row)].Status));
        Assert.All(rejectRows, row => Assert.Equal((Kempelen.Assignments.AssignmentStatus.Rejected, (string?)$"Label {row} is wrong"), stored[AssignmentOf(row)]));
        Assert.Equal(Kempelen.Assignments.AssignmentStatus.Approved, stored[AssignmentOf(1)].Status);
        Assert.Equal(Kempelen.Assignments.AssignmentStatus.Submitted, stored[AssignmentOf(5)].Status);
        Assert.Equal(Kempelen.Assignments.AssignmentStatus.Approved, stored[AssignmentOf(6)].Status);
        await app.AssertInvariantsAsync();
    }

    private static string Quoted(string field) => '"' + field.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
}
