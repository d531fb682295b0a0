using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Hits;

/// <summary>UpdateExpirationForHIT, UpdateHITTypeOfHIT and DeleteHIT, with the money that follows them.</summary>
public sealed class ChangingHits
{
    private static async Task<string> CreateHitAsync(MTurkClient client, string reward = "0.50", int maxAssignments = 3) =>
        (await client.CallAsync("CreateHIT", HitRequests.CreateHit(reward, maxAssignments))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

    private static async Task<string> AvailableAsync(MTurkClient client) =>
        (await client.CallAsync("GetAccountBalance", new { })).EnsureOk()["AvailableBalance"].GetString()!;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Expiring_a_HIT_returns_its_escrow_and_extending_it_holds_it_again(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");
        var hitId = await CreateHitAsync(client);

        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = 0 })).EnsureOk();
        var expired = (await client.CallAsync("GetHIT", new { HITId = hitId })).EnsureOk()["HIT"];
        Assert.Equal("Reviewable", expired.GetProperty("HITStatus").GetString());
        Assert.Equal(KempelenApp.Start.ToUnixTimeSeconds(), expired.GetProperty("Expiration").GetDouble());
        Assert.Equal("100.00", await AvailableAsync(client));

        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = KempelenApp.Start.AddDays(2).ToUnixTimeSeconds() })).EnsureOk();
        Assert.Equal("Assignable", (await client.CallAsync("GetHIT", new { HITId = hitId }))["HIT"].GetProperty("HITStatus").GetString());
        Assert.Equal("98.20", await AvailableAsync(client));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_HIT_whose_lifetime_ends_releases_its_escrow_once_the_expiry_job_runs(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");
        var hitId = await CreateHitAsync(client);

        app.AdvanceTime(TimeSpan.FromHours(2));
        await app.SettleExpiredHitsAsync();

        Assert.Equal("Reviewable", (await client.CallAsync("GetHIT", new { HITId = hitId }))["HIT"].GetProperty("HITStatus").GetString());
        Assert.Equal("100.00", await AvailableAsync(client));
        Assert.Equal(0, await app.SettleExpiredHitsAsync());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Extending_needs_funds_for_the_reopened_slots(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("1.80");
        var first = await CreateHitAsync(client);
        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = first, ExpireAt = 0 })).EnsureOk();
        await CreateHitAsync(client);

        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = first, ExpireAt = KempelenApp.Start.AddDays(1).ToUnixTimeSeconds() }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.InsufficientFunds");

        Assert.Equal("Reviewable", (await client.CallAsync("GetHIT", new { HITId = first }))["HIT"].GetProperty("HITStatus").GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Shortening_a_HIT_is_refused(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var hitId = await CreateHitAsync(client);

        var refusal = (await client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = KempelenApp.Start.AddMinutes(10).ToUnixTimeSeconds() }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.StartsWith("You cannot shorten", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Moving_a_HIT_to_a_dearer_type_holds_the_difference(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");
        var hitId = await CreateHitAsync(client, reward: "0.50", maxAssignments: 3);
        var dearer = (await client.CallAsync("CreateHITType", new { Title = "Better paid", Description = "Same work", Reward = "1.00", AssignmentDurationInSeconds = 600 }))
            .EnsureOk()["HITTypeId"].GetString();

        (await client.CallAsync("UpdateHITTypeOfHIT", new { HITId = hitId, HITTypeId = dearer })).EnsureOk();

        var hit = (await client.CallAsync("GetHIT", new { HITId = hitId }))["HIT"];
        Assert.Equal(dearer, hit.GetProperty("HITTypeId").GetString());
        Assert.Equal("Better paid", hit.GetProperty("Title").GetString());
        Assert.Equal("1.00", hit.GetProperty("Reward").GetString());
        Assert.Equal("96.40", await AvailableAsync(client));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_requesters_HIT_type_does_not_exist_for_you(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var alice = await app.NewRequesterClientAsync();
        var bob = await app.NewRequesterClientAsync();
        var hitId = await CreateHitAsync(alice);
        var bobsType = (await bob.CallAsync("CreateHITType", new { Title = "B", Description = "B", Reward = "0.10", AssignmentDurationInSeconds = 60 })).EnsureOk()["HITTypeId"].GetString();

        (await alice.CallAsync("UpdateHITTypeOfHIT", new { HITId = hitId, HITTypeId = bobsType })).EnsureError("RequestError", "AWS.MechanicalTurk.HITTypeDoesNotExist");
        (await alice.CallAsync("CreateHITWithHITType", new { HITTypeId = bobsType, LifetimeInSeconds = 600, Question = Questions.Html })).EnsureError("RequestError", "AWS.MechanicalTurk.HITTypeDoesNotExist");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_live_HIT_must_be_expired_before_it_can_be_deleted(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var hitId = await CreateHitAsync(client);

        var refusal = (await client.CallAsync("DeleteHIT", new { HITId = hitId })).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidHITState");
        Assert.StartsWith("This HIT is currently in the state 'Assignable'. This operation can be called with a status of: Reviewing, Reviewable", refusal.Message, StringComparison.Ordinal);

        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = 0 })).EnsureOk();
        (await client.CallAsync("DeleteHIT", new { HITId = hitId })).EnsureOk();
        (await client.CallAsync("DeleteHIT", new { HITId = hitId })).EnsureOk();

        Assert.Equal("Disposed", (await client.CallAsync("GetHIT", new { HITId = hitId }))["HIT"].GetProperty("HITStatus").GetString());
        Assert.Equal(0, (await client.CallAsync("ListHITs", new { }))["NumResults"].GetInt32());
        Assert.Equal("100.00", await AvailableAsync(client));
        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = hitId, ExpireAt = 0 })).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidHITState");
        await app.AssertInvariantsAsync();
    }
}
