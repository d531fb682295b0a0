using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Kempelen.Assignments;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Storage;
using Kempelen.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.RequesterApp;

/// <summary>
/// The review grid, the results download and the marked-file upload: a requester sees each assignment beside its CSV
/// row, decides rows one, some or all at a time, pays bonuses, and gets the results back as MTurk's CSV.
/// </summary>
public sealed partial class ReviewingBatchWork
{
    private const string Csv = "text,note\n\"<script>window.pwned=1</script>\",Zürich ✓\n\"He said \"\"hi\"\", then\nleft\",日本語\n";

    private static IEnumerable<(string, string)> Labels(int row, int worker) => [("label", (row == 0 ? "<img src=x onerror=alert(1)>" : "a, \"b\"\nc — ü") + " " + worker)];

    private static async Task<(KempelenApp App, TestWebRequester Requester, WebSession Session, ReviewableBatch Batch)> StartAsync(string csv = Csv, int workers = 2, bool spreadSubmissions = false)
    {
        var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.CreateWebRequesterAsync();
        var batch = await ReviewableBatch.PublishAsync(app.Scope, requester.Id, csv, workers, Labels, spreadSubmissions ? () => app.AdvanceTime(TimeSpan.FromSeconds(1)) : null);
        var session = new WebSession(app);
        await session.SignInAsync(requester.Email);
        return (app, requester, session, batch);
    }

    private static string Grid(ReviewableBatch batch, string query = "status=all") => $"/requester/batches/{batch.Id}/review?{query}";

    private sealed record GridRow(string AssignmentId, string Status, IReadOnlyDictionary<string, string> Cells);

    private static List<GridRow> Rows(WebPage page) => [.. RowPattern().Matches(page.Html).Select(row => new GridRow(
        row.Groups[1].Value,
        StatusPattern().Match(row.Groups[2].Value).Groups[1].Value,
        CellPattern().Matches(row.Groups[2].Value).ToDictionary(c => WebUtility.HtmlDecode(c.Groups[1].Value), c => WebUtility.HtmlDecode(c.Groups[2].Value))))];

    private static string? NextPage(WebPage page) => NextPattern().Match(page.Html) is { Success: true } next ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;

    [GeneratedRegex("""<tr data-assignment="([^"]+)">(.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("""<td class="value[^"]*" data-column="([^"]*)">(.*?)</td>""", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("""<td data-testid="status">([A-Za-z]+)</td>""")]
    private static partial Regex StatusPattern();

    [GeneratedRegex("""<a href="([^"]+)" rel="next">""")]
    private static partial Regex NextPattern();

    private static async Task<Dictionary<string, AssignmentStatus>> StatusesAsync(KempelenApp app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KempelenDb>().Assignments.AsNoTracking()
            .ToDictionaryAsync(a => a.Id.Value, a => a.Status, TestContext.Current.CancellationToken);
    }

    private static async Task<long> BalanceAsync(KempelenApp app, string account)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KempelenDb>().Accounts.AsNoTracking()
            .Where(a => a.Id == account).Select(a => a.BalanceCents).SingleOrDefaultAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_requester_sees_each_assignments_inputs_and_answers_side_by_side_encoded()
    {
        var (app, _, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;

        var page = await session.GetAsync(Grid(batch));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = Rows(page);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Input.text", "Input.note", "Answer.label", "Feedback"], rows[0].Cells.Keys);
        Assert.Equal("<script>window.pwned=1</script>", rows[0].Cells["Input.text"]);
        Assert.Equal("Zürich ✓", rows[0].Cells["Input.note"]);
        Assert.Equal(["<img src=x onerror=alert(1)> 0", "<img src=x onerror=alert(1)> 1"], rows.Take(2).Select(r => r.Cells["Answer.label"]).Order(StringComparer.Ordinal));
        Assert.Equal("He said \"hi\", then\nleft", rows[3].Cells["Input.text"]);
        Assert.Equal("a, \"b\"\nc — ü 1", rows.Single(r => r.Cells["Input.note"] == "日本語" && r.Cells["Answer.label"].EndsWith('1')).Cells["Answer.label"]);
        Assert.DoesNotContain("<script>window", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.Ordinal);
        Assert.Contains(batch.Workers[0].Value, page.Html, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("Submitted", r.Status));
        Assert.Contains($"href=\"/requester/batches/{batch.Id}\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grid_filters_by_status_and_by_worker()
    {
        var (app, requester, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var first = Rows(await session.GetAsync(Grid(batch)))[0];
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ApproveAssignment>().ExecuteAsync(requester.Id, first.AssignmentId, null, false, TestContext.Current.CancellationToken);
        }

        var submitted = Rows(await session.GetAsync(Grid(batch, "status=submitted")));
        var approved = Rows(await session.GetAsync(Grid(batch, "status=approved")));
        var rejected = Rows(await session.GetAsync(Grid(batch, "status=rejected")));
        var byWorker = Rows(await session.GetAsync(Grid(batch, $"status=all&worker={batch.Workers[1]}")));

        Assert.Equal(3, submitted.Count);
        Assert.DoesNotContain(submitted, r => r.AssignmentId == first.AssignmentId);
        Assert.Equal([first.AssignmentId], approved.Select(r => r.AssignmentId));
        Assert.Empty(rejected);
        Assert.Equal(2, byWorker.Count);
        Assert.All(byWorker, r => Assert.EndsWith(" 1", r.Cells["Answer.label"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_keeps_the_grids_order_and_never_repeats_or_skips_a_row_while_rows_are_decided()
    {
        var csv = new StringBuilder("text,note\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append("line ").Append(i).Append(",n\n");
        }

        // Three workers, each submitting every row in turn: a page of 50 ends inside a row, between submit times.
        var (app, requester, session, batch) = await StartAsync(csv.ToString(), workers: 3, spreadSubmissions: true);
        await using var _app = app;
        using var _session = session;
        List<string> expected;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            var work = await (from row in db.BatchRows where row.BatchId == batch.Id join a in db.Assignments on row.HitId equals a.HitId select new { row.RowNumber, a.SubmitTime, Id = a.Id.Value })
                .ToListAsync(TestContext.Current.CancellationToken);
            expected = [.. work.OrderBy(w => w.RowNumber).ThenBy(w => w.SubmitTime).ThenBy(w => w.Id, StringComparer.Ordinal).Select(w => w.Id)];
        }

        var seen = new List<string>();
        var pages = 0;
        for (var url = Grid(batch, "status=submitted"); url is not null; pages++)
        {
            var page = await session.GetAsync(url);
            var rows = Rows(page);
            seen.AddRange(rows.Select(r => r.AssignmentId));

            // Deciding what was shown takes it out of the filter; the next page must still start right after it.
            await using var scope = app.Scope();
            foreach (var row in rows.Take(10))
            {
                await scope.ServiceProvider.GetRequiredService<ApproveAssignment>().ExecuteAsync(requester.Id, row.AssignmentId, null, false, TestContext.Current.CancellationToken);
            }

            url = NextPage(page);
        }

        Assert.Equal(120, expected.Count);
        Assert.Equal(3, pages);
        Assert.Equal(expected, seen);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Approving_one_row_the_selected_rows_and_all_matching_rows_pays_each_worker_once()
    {
        var csv = new StringBuilder("text,note\n");
        for (var i = 0; i < 130; i++)
        {
            csv.Append("line ").Append(i).Append(",n\n");
        }

        var (app, requester, session, batch) = await StartAsync(csv.ToString(), workers: 2);
        await using var _app = app;
        using var _session = session;
        var page = await session.GetAsync(Grid(batch, $"status=submitted&worker={batch.Workers[1]}"));
        var rows = Rows(page);

        var one = await session.PostFormAsync(Grid(batch, "status=submitted&handler=Decide"), [("Act", "approve:" + rows[0].AssignmentId), ("Feedback", "Thanks!")], page);
        var notice = await session.GetAsync(one.Location!.OriginalString);
        page = await session.GetAsync(Grid(batch, $"status=submitted&worker={batch.Workers[0]}"));
        var selected = Rows(page).Take(3).Select(r => r.AssignmentId).ToList();
        var some = await session.PostFormAsync(
            Grid(batch, "handler=Decide"),
            [("status", "submitted"), ("worker", batch.Workers[0].Value), ("Act", "approve-selected"), .. selected.Select(id => ("Selected", id))],
            page);
        var statuses = await StatusesAsync(app);
        Assert.Equal(AssignmentStatus.Approved, statuses[rows[0].AssignmentId]);
        Assert.All(selected, id => Assert.Equal(AssignmentStatus.Approved, statuses[id]));
        Assert.Equal(4, statuses.Values.Count(s => s == AssignmentStatus.Approved));

        // All of one worker's work that awaits a decision: more than one chunk.
        var matching = await session.PostFormAsync(Grid(batch, "handler=Decide"), [("status", "all"), ("worker", batch.Workers[1].Value), ("Act", "approve-matching")], page);
        var after = await session.GetAsync(matching.Location!.OriginalString);

        statuses = await StatusesAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, one.Status);
        Assert.Contains("Approved 1, rejected 0.", notice.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, some.Status);
        Assert.Contains("Approved 129, rejected 0.", after.Html, StringComparison.Ordinal);
        Assert.Equal(133, statuses.Values.Count(s => s == AssignmentStatus.Approved));
        Assert.Equal(127, statuses.Values.Count(s => s == AssignmentStatus.Submitted));
        Assert.Equal(3 * 10, await BalanceAsync(app, Account.EarningsOf(batch.Workers[0])));
        Assert.Equal(130 * 10, await BalanceAsync(app, Account.EarningsOf(batch.Workers[1])));
        await using (var scope = app.Scope())
        {
            var feedback = await scope.ServiceProvider.GetRequiredService<KempelenDb>().Assignments.AsNoTracking()
                .Where(a => a.Id == AssignmentId.From(rows[0].AssignmentId)).Select(a => a.RequesterFeedback).SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("Thanks!", feedback);
        }

        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Rejecting_needs_feedback_and_releases_the_escrow_while_already_decided_rows_are_reported()
    {
        var (app, requester, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var page = await session.GetAsync(Grid(batch));
        var ids = Rows(page).Select(r => r.AssignmentId).ToList();
        var available = await BalanceAsync(app, Account.AvailableOf(requester.Id));

        var refused = await session.PostFormAsync(Grid(batch, "handler=Decide"), [("status", "all"), ("Act", "reject-selected"), ("Selected", ids[0]), ("Feedback", "  ")], page);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Rejecting work needs feedback", refused.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{ids[0]}\" checked=\"checked\"", refused.Html, StringComparison.Ordinal);
        Assert.All((await StatusesAsync(app)).Values, s => Assert.Equal(AssignmentStatus.Submitted, s));

        await session.PostFormAsync(Grid(batch, "handler=Decide"), [("Act", "approve:" + ids[1])], page);
        var rejected = await session.PostFormAsync(
            Grid(batch, "handler=Decide"),
            [("status", "all"), ("Act", "reject-selected"), ("Selected", ids[0]), ("Selected", ids[1]), ("Feedback", "The label <b>is</b> empty")],
            page);
        var shown = await session.GetAsync(rejected.Location!.OriginalString);

        var statuses = await StatusesAsync(app);
        Assert.Equal(AssignmentStatus.Rejected, statuses[ids[0]]);
        Assert.Equal(AssignmentStatus.Approved, statuses[ids[1]]);
        Assert.Contains("Approved 0, rejected 1; 1 could not be decided.", shown.Html, StringComparison.Ordinal);
        Assert.Contains($"{ids[1]}: already approved.", shown.Html, StringComparison.Ordinal);
        Assert.Contains("The label &lt;b&gt;is&lt;/b&gt; empty", shown.Html, StringComparison.Ordinal);
        Assert.Equal(available + 12, await BalanceAsync(app, Account.AvailableOf(requester.Id)));
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_row_the_domain_refuses_inside_a_chunk_is_reported_and_the_rest_of_the_chunk_is_still_decided()
    {
        var (app, requester, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var page = await session.GetAsync(Grid(batch));
        var ids = Rows(page).Select(r => r.AssignmentId).ToList();
        await session.PostFormAsync(Grid(batch, "handler=Decide"), [("Act", "reject:" + ids[0]), ("Feedback", "Empty")], page);

        // Past the 30 days in which a rejection may be overridden: ApproveAssignment refuses that one row.
        app.AdvanceTime(TimeSpan.FromDays(31));
        await session.SignInAsync(requester.Email);
        page = await session.GetAsync(Grid(batch));
        var decided = await session.PostFormAsync(
            Grid(batch, "handler=Decide"),
            [("status", "all"), ("Act", "approve-selected"), .. ids.Select(id => ("Selected", id))],
            page);
        var shown = await session.GetAsync(decided.Location!.OriginalString);

        var statuses = await StatusesAsync(app);
        Assert.Contains("Approved 3, rejected 0; 1 could not be decided.", shown.Html, StringComparison.Ordinal);
        Assert.Contains($"{ids[0]}: Assignment {ids[0]} was submitted more than 30 days ago", shown.Html, StringComparison.Ordinal);
        Assert.Equal(AssignmentStatus.Rejected, statuses[ids[0]]);
        Assert.All(ids.Skip(1), id => Assert.Equal(AssignmentStatus.Approved, statuses[id]));
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_requester_pays_a_bonus_from_a_row_once_however_often_the_form_is_sent()
    {
        var (app, requester, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var page = await session.GetAsync(Grid(batch, $"status=all&worker={batch.Workers[0]}"));
        var row = Rows(page)[0];
        var token = Regex.Match(page.Html, $"""id="bonus-{row.AssignmentId}"(?:.|\n)*?name="BonusToken" value="([^"]+)""").Groups[1].Value;
        var available = await BalanceAsync(app, Account.AvailableOf(requester.Id));
        (string, string)[] form = [("AssignmentId", row.AssignmentId), ("WorkerId", batch.Workers[0].Value), ("Amount", "1.50"), ("Reason", "Careful work"), ("BonusToken", token)];

        var paid = await session.PostFormAsync(Grid(batch, "handler=Bonus"), form, page);
        var again = await session.GetAsync((await session.PostFormAsync(Grid(batch, "handler=Bonus"), form, page)).Location!.OriginalString);
        var bad = await session.PostFormAsync(Grid(batch, "handler=Bonus"), [.. form.Take(2), ("Amount", "lots"), ("Reason", "x"), ("BonusToken", "another")], page);

        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        Assert.Contains("was already used to pay a bonus", again.Html, StringComparison.Ordinal);
        Assert.Contains("BonusAmount must be an amount", bad.Html, StringComparison.Ordinal);
        Assert.Equal(150, await BalanceAsync(app, Account.EarningsOf(batch.Workers[0])));
        Assert.True(await BalanceAsync(app, Account.AvailableOf(requester.Id)) < available - 150);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_rows_bonus_form_sent_twice_pays_once_and_the_grid_says_it_was_already_paid_as_the_worker_page_does()
    {
        var (app, _, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var page = await session.GetAsync(Grid(batch, $"status=all&worker={batch.Workers[1]}"));
        var row = Rows(page)[0];
        var token = Regex.Match(page.Html, $"""id="bonus-{row.AssignmentId}"(?:.|\n)*?name="BonusToken" value="([^"]+)""").Groups[1].Value;
        (string, string)[] form = [("status", "all"), ("AssignmentId", row.AssignmentId), ("WorkerId", batch.Workers[1].Value), ("Amount", "$2.00"), ("Reason", "Thorough"), ("BonusToken", token)];

        var first = await session.PostFormAsync(Grid(batch, "handler=Bonus"), form, page);
        var firstShown = await session.GetAsync(first.Location!.OriginalString);
        var second = await session.PostFormAsync(Grid(batch, "handler=Bonus"), form, page);
        var secondShown = await session.GetAsync(second.Location!.OriginalString);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.Status, second.Status));
        Assert.Contains($"A bonus of $2.00 was paid to worker {batch.Workers[1]} for assignment {row.AssignmentId}.", firstShown.Html, StringComparison.Ordinal);
        Assert.Contains($"was already used to pay a bonus for assignment {row.AssignmentId}; nothing more was paid.", WebUtility.HtmlDecode(secondShown.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"error\"", secondShown.Html, StringComparison.Ordinal);
        Assert.Equal(200, await BalanceAsync(app, Account.EarningsOf(batch.Workers[1])));
        await using (var scope = app.Scope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<KempelenDb>().Bonuses.CountAsync(TestContext.Current.CancellationToken));
        }

        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task The_results_file_streams_as_an_attachment_in_mturks_layout_with_every_value_escaped()
    {
        var (app, requester, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var page = await session.GetAsync(Grid(batch));
        var ids = Rows(page).Select(r => r.AssignmentId).ToList();
        await session.PostFormAsync(Grid(batch, "handler=Decide"), [("Act", "reject:" + ids[0]), ("Feedback", "Not \"quite\", sorry\nbye")], page);

        var download = await session.GetAsync($"/requester/batches/{batch.Id}/results.csv");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal($"attachment; filename=\"Batch_{batch.Id}_results.csv\"", download.Header("Content-Disposition"));
        Assert.StartsWith("text/csv", download.Header("Content-Type"), StringComparison.Ordinal);
        var table = CsvTable.Parse(download.Html);
        string Cell(int row, string column) => table.Rows[row].Fields[table.Columns.ToList().IndexOf(column)];
        Assert.Equal(["Input.text", "Input.note", "Answer.label", "Approve", "Reject"], table.Columns.Skip(27));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("<script>window.pwned=1</script>", Cell(0, "Input.text"));
        Assert.Equal("Zürich ✓", Cell(0, "Input.note"));
        Assert.Equal("He said \"hi\", then\nleft", Cell(2, "Input.text"));
        Assert.Equal("日本語", Cell(2, "Input.note"));
        Assert.StartsWith("a, \"b\"\nc — ü ", Cell(2, "Answer.label"), StringComparison.Ordinal);
        var rejected = table.Rows.Single(r => r.Fields[table.Columns.ToList().IndexOf("AssignmentId")] == ids[0]);
        Assert.Equal("Rejected", rejected.Fields[table.Columns.ToList().IndexOf("AssignmentStatus")]);
        Assert.Equal("Not \"quite\", sorry\nbye", rejected.Fields[table.Columns.ToList().IndexOf("RequesterFeedback")]);
        Assert.Contains("\"He said \"\"hi\"\", then\nleft\"", download.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_review_file_reports_each_bad_row_by_line_and_still_decides_the_good_ones()
    {
        var (app, requester, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var results = CsvTable.Parse((await session.GetAsync($"/requester/batches/{batch.Id}/results.csv")).Html);
        var header = Header(results);
        string[] Mark(int row, string approve, string reject)
        {
            var fields = results.Rows[row].Fields.ToArray();
            fields[^2] = approve;
            fields[^1] = reject;
            return fields;
        }

        var stranger = new string[results.Columns.Count];
        Array.Fill(stranger, "");
        stranger[results.Columns.ToList().IndexOf("AssignmentId")] = "3NOTANASSIGNMENT00000000000000";
        stranger[^2] = "x";
        var marked = new StringBuilder(header);
        foreach (var fields in new[] { Mark(0, "x", ""), Mark(1, "", "Wrong label"), Mark(2, "x", "both"), Mark(3, "", ""), stranger })
        {
            marked.Append(string.Join(',', fields.Select(f => '"' + f.Replace("\"", "\"\"", StringComparison.Ordinal) + '"'))).Append("\r\n");
        }

        var form = await session.GetAsync($"/requester/batches/{batch.Id}/review-upload");
        var outcome = await session.PostFileAsync($"/requester/batches/{batch.Id}/review-upload", "Upload", "Batch_results.csv", marked.ToString(), form);

        Assert.Equal(HttpStatusCode.OK, outcome.Status);
        Assert.Contains("data-testid=\"approved\">1<", outcome.Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rejected\">1<", outcome.Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"errors\">2<", outcome.Html, StringComparison.Ordinal);
        Assert.Contains("Line 4 (", outcome.Html, StringComparison.Ordinal);
        Assert.Contains("both Approve and Reject are filled in", outcome.Html, StringComparison.Ordinal);
        Assert.Contains("(3NOTANASSIGNMENT00000000000000): this assignment is not work of batch", outcome.Html, StringComparison.Ordinal);
        var statuses = await StatusesAsync(app);
        string Id(int row) => results.Rows[row].Fields[results.Columns.ToList().IndexOf("AssignmentId")];
        Assert.Equal(
            [AssignmentStatus.Approved, AssignmentStatus.Rejected, AssignmentStatus.Submitted, AssignmentStatus.Submitted],
            Enumerable.Range(0, 4).Select(r => statuses[Id(r)]));
        await app.AssertInvariantsAsync();

        static string Header(CsvTable results) => string.Join(',', results.Columns.Select(c => '"' + c + '"')) + "\r\n";
    }

    [Fact]
    public async Task Another_requesters_batch_is_not_found_on_every_page()
    {
        var (app, _, session, batch) = await StartAsync();
        await using var _app = app;
        using var _session = session;
        var id = Rows(await session.GetAsync(Grid(batch)))[0].AssignmentId;
        var stranger = await app.CreateWebRequesterAsync();
        using var other = new WebSession(app);
        await other.SignInAsync(stranger.Email);
        var own = await other.GetAsync("/requester");

        var review = await other.GetAsync(Grid(batch));
        var results = await other.GetAsync($"/requester/batches/{batch.Id}/results.csv");
        var upload = await other.GetAsync($"/requester/batches/{batch.Id}/review-upload");
        var decide = await other.PostFormAsync(Grid(batch, "handler=Decide"), [("Act", "approve:" + id)], own);
        var unknown = await other.GetAsync("/requester/batches/nonsense/review");

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { review.Status, results.Status, upload.Status, decide.Status, unknown.Status });
        Assert.All((await StatusesAsync(app)).Values, s => Assert.Equal(AssignmentStatus.Submitted, s));
    }
}
