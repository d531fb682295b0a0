using System.Text;
using System.Text.RegularExpressions;
using Kempelen.Batches;
using Kempelen.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>
/// The whole life of a batch in real headless Chromium, as a requester who never writes code lives it: a project
/// from the gallery, a CSV published, a worker doing every HIT in the worker app, the work reviewed in the grid, and
/// the results file downloaded with the decisions.
/// </summary>
[Collection(typeof(BrowserJourneys))]
public sealed partial class RequesterBatchJourney
{
    private const string Title = "Is this text positive, neutral or negative?";

    [GeneratedRegex("/requester/batches/[0-9A-Z]+$")]
    private static partial Regex BatchPage();

    [GeneratedRegex("/work/3[A-Z0-9]+")]
    private static partial Regex WorkPage();

    [Fact]
    public async Task A_batch_goes_from_a_template_to_a_worker_and_back_as_reviewed_results()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.CreateWebRequesterAsync("20.00");
        var desk = await chromium.SignedInPageAsync(app.AppUrl, requester.Email);

        await desk.GotoAsync(app.AppUrl + "/requester/projects/new");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Text sentiment" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save project" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "Publish a batch" }).ClickAsync();
        var csv = "text\n\"Fast, friendly, \"\"perfect\"\"\"\nZürich was grey 😐\n";
        await desk.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "texts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await desk.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-testid=hit-count]")).ToHaveTextAsync("2");
        await desk.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Publish 2 HITs for \\$") }).ClickAsync();
        await desk.WaitForURLAsync(BatchPage());
        var batchUrl = desk.Url;
        // The template asks for three workers per text.
        await Assertions.Expect(desk.Locator("[data-testid=available]")).ToHaveTextAsync("6");

        // A worker finds the group, accepts, and goes straight on to the group's next HIT after the first.
        var worker = await chromium.SignedUpPageAsync(app.AppUrl);
        await worker.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await worker.WaitForURLAsync(WorkPage());
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var done = 0; done < 2; done++)
        {
            var task = worker.FrameLocator("#task-frame");
            var text = await task.Locator("blockquote").TextContentAsync();
            var sentiment = text!.Contains("perfect", StringComparison.Ordinal) ? "Positive" : "Negative";
            answers[text] = sentiment.ToLowerInvariant();
            var acceptNext = worker.GetByLabel("Accept the next HIT of this group after submitting");
            var workUrl = worker.Url;
            await (done == 0 ? acceptNext.CheckAsync() : acceptNext.UncheckAsync());
            await task.GetByLabel(sentiment).CheckAsync();
            await task.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
            await worker.WaitForURLAsync(url => url != workUrl && (done == 0 ? WorkPage().IsMatch(url) : url.Contains("/queue", StringComparison.Ordinal)));
        }

        Assert.Equal(["Fast, friendly, \"perfect\"", "Zürich was grey 😐"], answers.Keys.Order(StringComparer.Ordinal));

        // The requester sees the work arrive, rejects the grey one with feedback and approves what is left.
        await desk.GotoAsync(batchUrl);
        await Assertions.Expect(desk.Locator("[data-testid=submitted]")).ToHaveTextAsync("2");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Review results" }).ClickAsync();
        var grey = desk.Locator("tr[data-assignment]").Filter(new() { HasText = "Zürich was grey 😐" });
        await Assertions.Expect(grey.Locator("td[data-column='Answer.sentiment']")).ToHaveTextAsync("negative");
        await desk.GetByLabel("Feedback to the worker").FillAsync("It reads as neutral to us.");
        await grey.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToHaveTextAsync("Approved 0, rejected 1.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Approve all submitted matching the filter" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved 1, rejected 0.");

        await desk.GotoAsync(batchUrl);
        await Assertions.Expect(desk.Locator("[data-testid=approved]")).ToHaveTextAsync("1");
        await Assertions.Expect(desk.Locator("[data-testid=rejected]")).ToHaveTextAsync("1");
        var download = await desk.RunAndWaitForDownloadAsync(() => desk.GetByRole(AriaRole.Link, new() { Name = "Download results (CSV)" }).ClickAsync());
        var results = CsvTable.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        var columns = results.Columns.ToList();
        string Cell(CsvRow row, string column) => row.Fields[columns.IndexOf(column)];

        Assert.Equal(2, results.Rows.Count);
        foreach (var row in results.Rows)
        {
            var text = Cell(row, "Input.text");
            Assert.Equal(answers[text], Cell(row, "Answer.sentiment"));
            Assert.Equal(text.StartsWith("Zürich", StringComparison.Ordinal) ? "Rejected" : "Approved", Cell(row, "AssignmentStatus"));
            Assert.Equal(Title, Cell(row, "Title"));
        }

        Assert.Equal("It reads as neutral to us.", Cell(Assert.Single(results.Rows, r => Cell(r, "AssignmentStatus") == "Rejected"), "RequesterFeedback"));
    }
}
