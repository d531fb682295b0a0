using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kempelen.Storage;
using Kempelen.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>A requester in real headless Chromium starts a project from the gallery, watches its preview, and publishes a CSV file as a batch.</summary>
[Collection(typeof(BrowserJourneys))]
public sealed partial class RequesterProjectJourneys
{
    [GeneratedRegex("/requester/batches/[0-9A-Z]+$")]
    private static partial Regex BatchPage();

    [Fact]
    public async Task A_requester_creates_a_project_from_a_template_previews_it_and_publishes_a_batch_with_progress()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.CreateWebRequesterAsync("10000.00");
        var page = await chromium.SignedInPageAsync(app.AppUrl, requester.Email);

        await page.GotoAsync(app.AppUrl + "/requester/projects/new");
        await page.GetByRole(AriaRole.Link, new() { Name = "Text sentiment" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Is this text positive, neutral or negative?");

        // The preview runs in the sandboxed frame on the task origin, filled with the template's sample row, and
        // follows what the requester types.
        var preview = page.FrameLocator("#preview-frame");
        await Assertions.Expect(preview.Locator("blockquote")).ToHaveTextAsync("The delivery was late, but the support team sorted it out within an hour.");
        await page.Locator("#sample-text").FillAsync("What a lovely <b>day</b>");
        await Assertions.Expect(preview.Locator("blockquote")).ToHaveTextAsync("What a lovely <b>day</b>");
        Assert.Equal("allow-scripts allow-forms", await page.Locator("#preview-frame").GetAttributeAsync("sandbox"));
        Assert.StartsWith(app.TaskOrigin, page.Frames.Single(f => f.Name == "preview-frame").Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save project" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Project created");
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish a batch" }).ClickAsync();

        // A quoted field may hold a line break; it must reach the HIT as written, though browsers rewrite line
        // breaks in form fields.
        var csv = new StringBuilder("text\n\"Line one\nline two\"\n");
        for (var i = 1; i < 30_000; i++)
        {
            csv.Append("\"Review number ").Append(i).Append(", which is fine\"\n");
        }

        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "reviews.csv", MimeType = "text/csv", Buffer = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(csv.ToString())] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=hit-count]")).ToHaveTextAsync("30000");
        await Assertions.Expect(page.Locator("[data-testid=total]")).ToHaveTextAsync("$3600.00");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish 30000 HITs for $3600.00" }).ClickAsync();
        await Assertions.Expect(page.Locator("#publish-progress")).ToBeVisibleAsync();
        await page.WaitForURLAsync(BatchPage());
        await Assertions.Expect(page.Locator("[data-testid=hits]")).ToHaveTextAsync("30000");
        await Assertions.Expect(page.Locator("[data-testid=available]")).ToHaveTextAsync("90000");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        Assert.True(await db.Hits.AnyAsync(h => h.Question.Contains("<blockquote>Line one\nline two</blockquote>"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_bounding_box_template_writes_a_drawn_box_as_image_pixels_into_its_answer()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.CreateWebRequesterAsync();
        var page = await chromium.SignedInPageAsync(app.AppUrl, requester.Email);
        await page.GotoAsync(app.AppUrl + "/requester/projects/new?template=bounding-boxes");

        var image = "data:image/svg+xml," + Uri.EscapeDataString("<svg xmlns='http://www.w3.org/2000/svg' width='400' height='300'><rect width='400' height='300' fill='#8ac'/></svg>");
        await page.Locator("#sample-image_url").FillAsync(image);
        var preview = page.FrameLocator("#preview-frame");
        await Assertions.Expect(preview.Locator("#kp-image")).ToHaveAttributeAsync("src", image);
        await Assertions.Expect(preview.Locator("#kp-canvas")).ToHaveJSPropertyAsync("width", 400);
        await page.Locator("#preview-frame").ScrollIntoViewIfNeededAsync();
        var canvas = (await preview.Locator("#kp-canvas").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(canvas.X + 50, canvas.Y + 40);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(canvas.X + 100, canvas.Y + 80, new() { Steps = 5 });
        await page.Mouse.MoveAsync(canvas.X + 150, canvas.Y + 120, new() { Steps = 5 });
        await page.Mouse.UpAsync();

        await Assertions.Expect(preview.Locator("#kp-count")).ToHaveTextAsync("1 box");
        // The mouse moves in whole CSS pixels from a frame that may sit at a fraction of one.
        var box = Assert.Single(JsonDocument.Parse(await preview.Locator("#kp-boxes").InputValueAsync()).RootElement.EnumerateArray());
        Assert.InRange(box.GetProperty("left").GetInt32(), 49, 51);
        Assert.InRange(box.GetProperty("top").GetInt32(), 39, 41);
        Assert.InRange(box.GetProperty("width").GetInt32(), 99, 101);
        Assert.InRange(box.GetProperty("height").GetInt32(), 79, 81);
    }
}
