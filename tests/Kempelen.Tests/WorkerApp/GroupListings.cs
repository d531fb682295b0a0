using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.WorkerApp;

/// <summary>
/// The group board reads each group's listing instead of counting HITs; every way a HIT changes keeps that listing
/// equal to a recount (the invariant check after each step), and what a worker sees follows.
/// </summary>
public sealed class GroupListings
{
    private static async Task<string> CreateHitAsync(MTurkClient requester, string title, int maxAssignments = 1, long lifetime = 3600) =>
        (await requester.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: maxAssignments, lifetime: lifetime, title: title))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

    private static async Task<int?> AvailableAsync(WorkerClient worker, string title)
    {
        var (_, page) = await worker.GetAsync("/hit-groups?sort=MostAvailable");
        return page.GetProperty("HITGroups").EnumerateArray()
            .Where(g => g.GetProperty("Title").GetString() == title)
            .Select(g => (int?)g.GetProperty("HITsAvailable").GetInt32())
            .SingleOrDefault();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Taking_returning_and_finishing_slots_moves_the_groups_count(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var (alice, bob) = (await app.NewWorkerClientAsync(), await app.NewWorkerClientAsync());
        var twoSlots = await CreateHitAsync(requester, "Sort the mail", maxAssignments: 2);
        await CreateHitAsync(requester, "Sort the mail");
        Assert.Equal(2, await AvailableAsync(alice, "Sort the mail"));

        var alicesWork = await alice.AcceptAsync(twoSlots);
        Assert.Equal(2, await AvailableAsync(alice, "Sort the mail"));
        var bobsWork = await bob.AcceptAsync(twoSlots);
        Assert.Equal(1, await AvailableAsync(alice, "Sort the mail"));
        await app.AssertInvariantsAsync();

        await bob.PostAsync($"/assignments/{bobsWork}/return");
        Assert.Equal(2, await AvailableAsync(alice, "Sort the mail"));
        await bob.AcceptAsync(twoSlots);
        await alice.PostAsync($"/assignments/{alicesWork}/submit", new { answers = new { label = "letters" } });
        app.AdvanceTime(TimeSpan.FromSeconds(600));
        await app.AbandonOverdueAssignmentsAsync();

        Assert.Equal(2, await AvailableAsync(alice, "Sort the mail"));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Expiring_extending_adding_slots_and_moving_type_relist_the_hit_where_it_belongs(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester, "Count the birds");
        await CreateHitAsync(requester, "Count the birds");

        await requester.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = 0 });
        Assert.Equal(1, await AvailableAsync(worker, "Count the birds"));
        await requester.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = app.Time.GetUtcNow().AddHours(2).ToUnixTimeSeconds() });
        Assert.Equal(2, await AvailableAsync(worker, "Count the birds"));
        await app.AssertInvariantsAsync();

        await worker.AcceptAsync(hitId);
        Assert.Equal(1, await AvailableAsync(worker, "Count the birds"));
        await requester.CallAsync("CreateAdditionalAssignmentsForHIT", new { HITId = hitId, NumberOfAdditionalAssignments = 1 });
        Assert.Equal(2, await AvailableAsync(worker, "Count the birds"));

        var otherType = (await requester.CallAsync("CreateHITType", new
        {
            Title = "Count the owls",
            Description = "How many owls?",
            Reward = "0.50",
            AssignmentDurationInSeconds = 600,
        })).EnsureOk()["HITTypeId"].GetString();
        (await requester.CallAsync("UpdateHITTypeOfHIT", new { HITId = hitId, HITTypeId = otherType })).EnsureOk();

        Assert.Equal(1, await AvailableAsync(worker, "Count the birds"));
        Assert.Equal(1, await AvailableAsync(worker, "Count the owls"));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_group_whose_hits_all_expired_is_hidden_at_once_and_delisted_when_settled(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        await CreateHitAsync(requester, "Short lived", lifetime: 60);
        await CreateHitAsync(requester, "Short lived", lifetime: 120);

        app.AdvanceTime(TimeSpan.FromSeconds(90));
        Assert.Equal(2, await AvailableAsync(worker, "Short lived"));
        await app.SettleExpiredHitsAsync();
        Assert.Equal(1, await AvailableAsync(worker, "Short lived"));

        app.AdvanceTime(TimeSpan.FromSeconds(30));
        Assert.Null(await AvailableAsync(worker, "Short lived"));
        await app.SettleExpiredHitsAsync();
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Workers_racing_for_the_last_slots_leave_the_listing_exact(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var hits = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            hits.Add(await CreateHitAsync(requester, "Race for it", maxAssignments: 2));
        }

        var workers = new List<WorkerClient>();
        for (var i = 0; i < 12; i++)
        {
            workers.Add(await app.NewWorkerClientAsync());
        }

        var hitGroupId = (await requester.CallAsync("GetHIT", new { HITId = hits[0] })).EnsureOk()["HIT"].GetProperty("HITGroupId").GetString();
        var answers = await Task.WhenAll(workers.Select(w => w.PostAsync($"/hit-groups/{hitGroupId}/accept")));

        Assert.Equal(8, answers.Count(a => a.Status == System.Net.HttpStatusCode.OK));
        Assert.Null(await AvailableAsync(workers[0], "Race for it"));
        await app.AssertInvariantsAsync();
    }
}
