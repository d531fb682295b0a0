using Kempelen.Batches;
using Kempelen.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>
/// A requester reviews a batch in real headless Chromium: hostile inputs and answers show as text and never run,
/// rows are chosen with the page's select-all box and approved, one is rejected with feedback, and the results
/// file downloaded afterwards carries the decisions.
/// </summary>
[Collection(typeof(BrowserJourneys))]
public sealed class RequesterReviewJourneys
{
    private const string Csv = "text,note\n\"<script>window.pwned='input'</script>\",Zürich ✓\n\"<img src=x onerror=\"\"window.pwned='img'\"\">\",日本語 — ok\n";

    [Fact]
    public async Task A_requester_reviews_hostile_work_as_text_approves_the_chosen_rows_rejects_one_and_downloads_the_decisions()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.CreateWebRequesterAsync();
        var batch = await ReviewableBatch.PublishAsync(
            app.Scope,
            requester.Id,
            Csv,
            workers: 2,
            (row, worker) => [("label", $"<script>alert('answer {row}')</script>ü {worker}")]);
        var page = await chromium.SignedInPageAsync(app.AppUrl, requester.Email);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync($"{app.AppUrl}/requester/batches/{batch.Id}/review?status=all");
        var rows = page.Locator("tr[data-assignment]");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("td[data-column='Input.text']").First).ToHaveTextAsync("<script>window.pwned='input'</script>");
        await Assertions.Expect(page.Locator("td[data-column='Input.note']").Last).ToHaveTextAsync("日本語 — ok");
        await Assertions.Expect(page.Locator("td[data-column='Answer.label']").First).ToContainTextAsync("<script>alert('answer 0')</script>ü");

        // The select-all box is the module's: checking it chooses every row on the page; one is then left out.
        var rejectedId = await rows.Last.GetAttributeAsync("data-assignment");
        await page.GetByLabel("Select all on this page").CheckAsync();
        await Assertions.Expect(page.Locator("input[name=Selected]:checked")).ToHaveCountAsync(4);
        await page.GetByLabel($"Select {rejectedId}").UncheckAsync();
        await Assertions.Expect(page.GetByLabel("Select all on this page")).Not.ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Approved 3, rejected 0.");

        await page.GetByLabel("Feedback to the worker").FillAsync("The label does not match — désolé");
        await page.Locator($"tr[data-assignment='{rejectedId}']").GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Approved 0, rejected 1.");
        await Assertions.Expect(page.Locator($"tr[data-assignment='{rejectedId}'] td[data-testid=status]")).ToHaveTextAsync("Rejected");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download results (CSV)" }).ClickAsync());
        var results = CsvTable.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        var columns = results.Columns.ToList();
        string Cell(CsvRow row, string column) => row.Fields[columns.IndexOf(column)];

        Assert.Equal($"Batch_{batch.Id}_results.csv", download.SuggestedFilename);
        Assert.Equal(4, results.Rows.Count);
        var rejected = Assert.Single(results.Rows, r => Cell(r, "AssignmentStatus") == "Rejected");
        Assert.Equal(rejectedId, Cell(rejected, "AssignmentId"));
        Assert.Equal("The label does not match — désolé", Cell(rejected, "RequesterFeedback"));
        Assert.Equal(3, results.Rows.Count(r => Cell(r, "AssignmentStatus") == "Approved"));
        Assert.Equal("<script>window.pwned='input'</script>", Cell(results.Rows[0], "Input.text"));
        Assert.StartsWith("<script>alert('answer 0')</script>ü", Cell(results.Rows[0], "Answer.label"), StringComparison.Ordinal);
        Assert.Empty(dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
    }
}
