using System.Text.RegularExpressions;
using Kempelen.Assignments;
using Kempelen.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>
/// A worker in real headless Chromium earns a qualification by taking its test in the app, then accepts the HIT that
/// requires it; the requester's script publishes that HIT with the real boto3.
/// </summary>
[Collection(typeof(BrowserJourneys))]
public sealed partial class QualificationJourneys
{
    [GeneratedRegex("/work/3[A-Z0-9]+")]
    private static partial Regex WorkPage();

    [Fact]
    public async Task A_worker_takes_a_graded_test_in_the_app_and_then_accepts_the_HIT_that_requires_it()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colour vision", Qualifying.Test, Qualifying.PercentageKey, testDurationInSeconds: 600));
        var created = await Boto3.RunAsync(app.Endpoint, requester.Requester, $$"""
            hit = mturk.create_hit(
                Title="Name the colour, for the colour-sighted", Description="Pick the colour word", Reward="0.50",
                MaxAssignments=1, LifetimeInSeconds=3600, AssignmentDurationInSeconds=600,
                Question=r'''{{Questions.Html}}''',
                QualificationRequirements=[{"QualificationTypeId": "{{type}}", "Comparator": "GreaterThanOrEqualTo",
                                            "IntegerValues": [80], "ActionsGuarded": "Accept"}])["HIT"]
            print(hit["HITId"], hit["HITGroupId"])
            """);
        var (hitId, groupId) = (created.Split(' ')[0], created.Split(' ')[1]);
        var page = await chromium.SignedUpPageAsync(app.AppUrl);

        // The group is listed with its requirement not met, and its preview will not let the worker accept yet.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Name the colour, for the colour-sighted" });
        await Assertions.Expect(row.GetByRole(AriaRole.Listitem)).ToContainTextAsync("Not met: Colour vision ≥ 80");
        await row.GetByRole(AriaRole.Link, new() { Name = "Name the colour, for the colour-sighted" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#accept-refusal")).ToContainTextAsync("not met: Colour vision ≥ 80");

        await page.GetByRole(AriaRole.Link, new() { Name = "Get this qualification" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take the test" }).ClickAsync();
        await page.WaitForURLAsync($"**/qualifications/{type}/test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test: Colour vision" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#time-left")).ToHaveTextAsync(new Regex("^(10:00|9:[0-9]{2})$"));
        await page.Locator("input[name=sky][value=blue]").CheckAsync();
        await page.Locator("input[name=grass][value=green]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await page.WaitForURLAsync($"**/qualifications/{type}?notice=granted");
        await Assertions.Expect(page.Locator("#my-standing")).ToContainTextAsync("You hold this qualification with value 100");

        await page.GotoAsync($"{app.AppUrl}/groups/{groupId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem)).ToContainTextAsync("Met: Colour vision ≥ 80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.WaitForURLAsync(WorkPage());

        var assignment = Assert.Single(await app.AssignmentsOfHitAsync(hitId));
        Assert.Equal(AssignmentStatus.Accepted, assignment.Status);
        Assert.EndsWith("/work/" + assignment.AssignmentId, page.Url, StringComparison.Ordinal);
    }
}
