using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Storage;

/// <summary>Concurrent requests that fight over the same money or the same token; the database settles each fight.</summary>
public sealed class Races
{
    private const int Contenders = 10;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_HIT_creations_never_spend_more_than_the_balance(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("1.80");

        var responses = await Task.WhenAll(Enumerable.Range(0, Contenders)
            .Select(i => client.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.50", maxAssignments: 1, title: $"Race {i}"))));

        Assert.Equal(3, responses.Count(r => r.Status == System.Net.HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.Status != System.Net.HttpStatusCode.OK), r => r.EnsureError("RequestError", "AWS.MechanicalTurk.InsufficientFunds"));
        Assert.Equal("0.00", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Racing_requests_with_one_token_create_exactly_one_HIT(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");
        var request = HitRequests.CreateHit(maxAssignments: 1).With("UniqueRequestToken", "only-once");

        var responses = await Task.WhenAll(Enumerable.Range(0, Contenders).Select(_ => client.CallAsync("CreateHIT", request)));

        var winner = Assert.Single(responses, r => r.Status == System.Net.HttpStatusCode.OK)["HIT"].GetProperty("HITId").GetString()!;
        Assert.All(responses.Where(r => r.Status != System.Net.HttpStatusCode.OK), r =>
        {
            r.EnsureError("RequestError", "AWS.MechanicalTurk.HitAlreadyExists");
            Assert.Contains(winner, r.Message, StringComparison.Ordinal);
        });
        Assert.Equal("99.40", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Racing_identical_HIT_types_end_as_one(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Contenders).Select(_ =>
            client.CallAsync("CreateHITType", new { Title = "Same", Description = "Same", Reward = "0.10", AssignmentDurationInSeconds = 60 })));

        Assert.Single(responses.Select(r => r.EnsureOk()["HITTypeId"].GetString()).Distinct());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Expiring_and_the_expiry_job_together_release_escrow_once(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");
        var hits = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            hits.Add((await client.CallAsync("CreateHIT", HitRequests.CreateHit(lifetime: 60))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!);
        }

        app.AdvanceTime(TimeSpan.FromMinutes(2));
        await Task.WhenAll(
            app.SettleExpiredHitsAsync(),
            app.SettleExpiredHitsAsync(),
            Task.WhenAll(hits.Select(id => client.CallAsync("UpdateExpirationForHIT", new { HITId = id, ExpireAt = 0 }))));
        await app.SettleExpiredHitsAsync();

        Assert.Equal("100.00", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Parallel_changes_to_one_HIT_all_succeed_and_move_money_once(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");
        var hitId = (await client.CallAsync("CreateHIT", HitRequests.CreateHit())).EnsureOk()["HIT"].GetProperty("HITId").GetString();

        var expiries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = 0 })));
        Assert.All(expiries, r => r.EnsureOk());
        Assert.Equal("100.00", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());

        var extendTo = KempelenApp.Start.AddDays(2).ToUnixTimeSeconds();
        var extensions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = extendTo })));
        Assert.All(extensions, r => r.EnsureOk());
        Assert.Equal("98.20", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_requesters_approval_racing_auto_approval_pays_the_worker_once(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("10.00");
        var worker = await app.NewWorkerClientAsync();
        var hitId = (await requester.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 1).With("AutoApprovalDelayInSeconds", 60))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;
        var assignmentId = await worker.AcceptAsync(hitId);
        await worker.PostAsync($"/assignments/{assignmentId}/submit", new { answers = new { colour = "red" } });
        app.AdvanceTime(TimeSpan.FromSeconds(60));

        async Task ApproveUnlessAlreadyApprovedAsync()
        {
            try
            {
                await app.ApproveAsync(requester.Requester, assignmentId);
            }
            catch (DomainException refusal) when (refusal.Code == ErrorCode.InvalidAssignmentState)
            {
                // Auto-approval got there first; approving twice is refused, as on MTurk.
            }
        }

        var manual = ApproveUnlessAlreadyApprovedAsync();
        await Task.WhenAll(manual, app.AutoApproveDueAssignmentsAsync(), app.AutoApproveDueAssignmentsAsync());
        await app.AutoApproveDueAssignmentsAsync();

        Assert.Equal("0.50", (await worker.GetAsync("/me")).Body.GetProperty("Balance").GetString());
        Assert.Equal("9.40", (await requester.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }
}
