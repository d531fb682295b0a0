using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.WorkerApp;

/// <summary>The HIT groups page: one row per group, search, a minimum reward, sorting; and MTurk's worker-site links.</summary>
public sealed class FindingHitGroups
{
    private static int RowOf(WebPage page, string title) => page.Html.IndexOf(">" + title + "</a>", StringComparison.Ordinal);

    [Fact]
    public async Task Each_group_is_one_row_with_requester_reward_time_and_hits_available()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Name the colour");
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Name the colour");
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Count the signs", reward: "1.25");
        using var session = new WebSession(app);

        var page = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(2, page.Html.Split("data-label=\"Requester\"").Length - 1);
        Assert.Contains("<td class=\"number\" data-label=\"HITs available\">2</td>", page.Html, StringComparison.Ordinal);
        Assert.Contains("$1.25", page.Html, StringComparison.Ordinal);
        Assert.Contains("10 minutes", page.Html, StringComparison.Ordinal);
        Assert.Contains("Test Lab", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keywords_and_a_minimum_reward_narrow_the_list_and_sorting_orders_it()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Name the colour", reward: "0.10");
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Transcribe the RECEIPT", reward: "0.90");
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Tag 100% of the photos", reward: "0.50");
        using var session = new WebSession(app);

        var receipts = await session.GetAsync("/?q=receipt");
        var percent = await session.GetAsync("/?q=100%25");
        var expensive = await session.GetAsync("/?minReward=0.50");
        var byReward = await session.GetAsync("/?sort=reward");
        var badMinimum = await session.GetAsync("/?minReward=lots");

        Assert.True(RowOf(receipts, "Transcribe the RECEIPT") > 0);
        Assert.True(RowOf(receipts, "Name the colour") < 0);
        Assert.True(RowOf(percent, "Tag 100% of the photos") > 0);
        Assert.True(RowOf(percent, "Name the colour") < 0);
        Assert.True(RowOf(expensive, "Name the colour") < 0);
        Assert.True(RowOf(expensive, "Tag 100% of the photos") > 0);
        Assert.True(RowOf(byReward, "Transcribe the RECEIPT") < RowOf(byReward, "Tag 100% of the photos"));
        Assert.True(RowOf(byReward, "Tag 100% of the photos") < RowOf(byReward, "Name the colour"));
        Assert.Contains("Enter an amount like 0.05; got &#x27;lots&#x27;.", badMinimum.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_past_the_first_twenty_are_on_the_next_page()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        for (var n = 1; n <= 21; n++)
        {
            await WebWork.CreateHitAsync(requester, Questions.Html, title: $"Group {n:00}");
            app.AdvanceTime(TimeSpan.FromSeconds(1));
        }

        using var session = new WebSession(app);

        var first = await session.GetAsync("/");
        var second = await session.GetAsync("/?page=2");

        Assert.True(RowOf(first, "Group 21") > 0);
        Assert.True(RowOf(first, "Group 01") < 0);
        Assert.Contains("Next page", first.Html, StringComparison.Ordinal);
        Assert.True(RowOf(second, "Group 01") > 0);
        Assert.True(RowOf(second, "Group 02") < 0);
        Assert.Contains("Previous page", second.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_without_an_acceptable_hit_are_not_listed()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var (_, groupId) = await WebWork.CreateHitAsync(requester, Questions.Html, title: "Only one slot");
        using var session = new WebSession(app);
        await session.SignUpAsync();
        await WebWork.AcceptAsync(session, groupId);

        var page = await session.GetAsync("/");

        Assert.True(RowOf(page, "Only one slot") < 0);
        Assert.Contains("No HITs are available", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/mturk/preview?groupId=3ABC")]
    [InlineData("/projects/3ABC/tasks")]
    public async Task MTurk_worker_site_links_redirect_to_the_group_preview(string link)
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);

        var page = await session.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/groups/3ABC", page.Location!.OriginalString);
    }
}
