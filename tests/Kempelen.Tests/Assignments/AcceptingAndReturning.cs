using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Assignments;

/// <summary>Workers take and give back HIT slots through the worker API (mturk-compat §5.1, §5.3).</summary>
public sealed class AcceptingAndReturning
{
    private static async Task<string> CreateHitAsync(MTurkClient requester, int maxAssignments = 3, long lifetime = 3600) =>
        (await requester.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: maxAssignments, lifetime: lifetime))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

    private static async Task<(int Available, int Pending, string Status)> CountersAsync(MTurkClient requester, string hitId)
    {
        var hit = (await requester.CallAsync("GetHIT", new { HITId = hitId })).EnsureOk()["HIT"];
        return (hit.GetProperty("NumberOfAssignmentsAvailable").GetInt32(), hit.GetProperty("NumberOfAssignmentsPending").GetInt32(), hit.GetProperty("HITStatus").GetString()!);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Accepting_takes_a_slot_and_returning_gives_it_back(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester);

        var (status, assignment) = await worker.PostAsync($"/hits/{hitId}/accept");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Accepted", assignment.GetProperty("Status").GetString());
        Assert.Equal(assignment.GetProperty("AcceptTime").GetDateTime().AddSeconds(600), assignment.GetProperty("Deadline").GetDateTime());
        Assert.Equal(Questions.Html, assignment.GetProperty("Question").GetString());
        Assert.Equal((2, 1, "Assignable"), await CountersAsync(requester, hitId));

        var (returned, _) = await worker.PostAsync($"/assignments/{assignment.GetProperty("AssignmentId").GetString()}/return");

        Assert.Equal(HttpStatusCode.NoContent, returned);
        Assert.Equal((3, 0, "Assignable"), await CountersAsync(requester, hitId));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fifty_workers_racing_for_three_slots_leave_exactly_three_assignments(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var hitId = await CreateHitAsync(requester, maxAssignments: 3);
        var workers = new List<WorkerClient>();
        for (var i = 0; i < 50; i++)
        {
            workers.Add(await app.NewWorkerClientAsync());
        }

        var answers = await Task.WhenAll(workers.Select(w => w.PostAsync($"/hits/{hitId}/accept")));

        Assert.Equal(3, answers.Count(a => a.Status == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        Assert.Equal((0, 3, "Unassignable"), await CountersAsync(requester, hitId));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_worker_holds_at_most_one_assignment_of_a_HIT_even_when_racing_themselves(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester, maxAssignments: 5);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => worker.PostAsync($"/hits/{hitId}/accept")));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.Status);
            Assert.Contains("once", a.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal((4, 1, "Assignable"), await CountersAsync(requester, hitId));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_assignment_past_its_deadline_is_abandoned_and_its_slot_returns_to_the_pool(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester);
        var assignmentId = await worker.AcceptAsync(hitId);

        app.AdvanceTime(TimeSpan.FromSeconds(599));
        Assert.Equal(0, await app.AbandonOverdueAssignmentsAsync());
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        await app.AbandonOverdueAssignmentsAsync();

        Assert.Equal((3, 0, "Assignable"), await CountersAsync(requester, hitId));
        var (status, _) = await worker.PostAsync($"/assignments/{assignmentId}/return");
        Assert.Equal(HttpStatusCode.Conflict, status);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Work_abandoned_after_the_HIT_expired_releases_that_slots_escrow(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("100.00");
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester, maxAssignments: 3, lifetime: 300);
        await worker.AcceptAsync(hitId);

        app.AdvanceTime(TimeSpan.FromSeconds(301));
        await app.SettleExpiredHitsAsync();
        Assert.Equal("0.60", (await requester.CallAsync("GetAccountBalance", new { }))["OnHoldBalance"].GetString());
        Assert.Equal((2, 1, "Unassignable"), await CountersAsync(requester, hitId));

        app.AdvanceTime(TimeSpan.FromSeconds(300));
        await app.AbandonOverdueAssignmentsAsync();

        Assert.Equal("100.00", (await requester.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        Assert.Equal((3, 0, "Reviewable"), await CountersAsync(requester, hitId));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Accepting_from_a_group_takes_the_next_HIT_the_worker_has_not_done(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var first = (await requester.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 2))).EnsureOk()["HIT"];
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var second = await CreateHitAsync(requester, maxAssignments: 2);
        var group = first.GetProperty("HITGroupId").GetString();

        var (_, a) = await worker.PostAsync($"/hit-groups/{group}/accept");
        var (_, b) = await worker.PostAsync($"/hit-groups/{group}/accept");
        var (exhausted, problem) = await worker.PostAsync($"/hit-groups/{group}/accept");

        Assert.Equal(first.GetProperty("HITId").GetString(), a.GetProperty("HITId").GetString());
        Assert.Equal(second, b.GetProperty("HITId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, exhausted);
        Assert.Equal("HitNotAvailable", problem.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Nobody_accepts_an_expired_or_unknown_HIT(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester);
        (await requester.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = 0 })).EnsureOk();

        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsync($"/hits/{hitId}/accept")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsync("/hits/3NOSUCHHIT/accept")).Status);
    }

    [Fact]
    public async Task Another_workers_assignment_does_not_exist_for_you()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var alice = await app.NewWorkerClientAsync();
        var bob = await app.NewWorkerClientAsync();
        var assignmentId = await alice.AcceptAsync(await CreateHitAsync(requester));

        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/assignments/{assignmentId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.PostAsync($"/assignments/{assignmentId}/return")).Status);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/assignments/{assignmentId}")).Status);
    }

    [Fact]
    public async Task The_worker_API_needs_a_valid_token()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var worker = await app.NewWorkerClientAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await worker.SendAsync(HttpMethod.Get, "/me", null, token: "kmw_forged")).Status);
        var (status, me) = await worker.GetAsync("/me");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(worker.Worker.Id.Value, me.GetProperty("WorkerId").GetString());
        Assert.Equal("0.00", me.GetProperty("Balance").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_worker_API_lists_the_groups_a_worker_can_accept_with_filters(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("100.00");
        var worker = await app.NewWorkerClientAsync();
        await requester.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.10", title: "Tag birds"));
        await requester.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.10", title: "Tag birds"));
        await requester.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "1.00", title: "Transcribe a letter"));

        var (_, all) = await worker.GetAsync("/hit-groups");
        var (_, birds) = await worker.GetAsync("/hit-groups?keywords=BIRD");
        var (_, rich) = await worker.GetAsync("/hit-groups?minReward=0.50&sort=Reward");

        Assert.Equal(2, all.GetProperty("HITGroups").GetArrayLength());
        var bird = Assert.Single(birds.GetProperty("HITGroups").EnumerateArray());
        Assert.Equal(2, bird.GetProperty("HITsAvailable").GetInt32());
        Assert.Equal("0.10", bird.GetProperty("Reward").GetString());
        Assert.Equal("Transcribe a letter", Assert.Single(rich.GetProperty("HITGroups").EnumerateArray()).GetProperty("Title").GetString());
    }
}
