using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Hits;

public sealed class ListingHits
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_walk_every_HIT_once_in_creation_order(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("1000.00");
        var created = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            created.Add((await client.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 1))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!);
            if (i % 3 == 0)
            {
                app.AdvanceTime(TimeSpan.FromMilliseconds(1));
            }
        }

        var seen = new List<string>();
        string? token = null;
        var calls = 0;
        do
        {
            var page = (await client.CallAsync("ListHITs", token is null ? new { MaxResults = 10 } : new { MaxResults = 10, NextToken = token })).EnsureOk();
            seen.AddRange(page["HITs"].EnumerateArray().Select(h => h.GetProperty("HITId").GetString()!));
            Assert.Equal(page["HITs"].GetArrayLength(), page["NumResults"].GetInt32());
            var next = page.Body.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
            Assert.NotEqual(token, next);
            token = next;
            calls++;
        }
        while (token is not null);

        Assert.Equal(created.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(3, calls);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Ten_is_the_default_page_size(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("1000.00");
        for (var i = 0; i < 11; i++)
        {
            (await client.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 1))).EnsureOk();
        }

        var page = (await client.CallAsync("ListHITs", new { })).EnsureOk();

        Assert.Equal(10, page["NumResults"].GetInt32());
        Assert.True(page.Body.TryGetProperty("NextToken", out _));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_requester_sees_only_their_own_HITs(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var alice = await app.NewRequesterClientAsync();
        var bob = await app.NewRequesterClientAsync();
        var alicesHit = (await alice.CallAsync("CreateHIT", HitRequests.CreateHit())).EnsureOk()["HIT"].GetProperty("HITId").GetString();

        Assert.Equal(0, (await bob.CallAsync("ListHITs", new { }))["NumResults"].GetInt32());
        (await bob.CallAsync("GetHIT", new { HITId = alicesHit })).EnsureError("RequestError", "AWS.MechanicalTurk.HITDoesNotExist");
        (await bob.CallAsync("UpdateExpirationForHIT", new { HITId = alicesHit, ExpireAt = 0 })).EnsureError("RequestError", "AWS.MechanicalTurk.HITDoesNotExist");
        (await bob.CallAsync("DeleteHIT", new { HITId = alicesHit })).EnsureError("RequestError", "AWS.MechanicalTurk.HITDoesNotExist");
        Assert.Equal("Assignable", (await alice.CallAsync("GetHIT", new { HITId = alicesHit }))["HIT"].GetProperty("HITStatus").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_requesters_NextToken_is_refused(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var alice = await app.NewRequesterClientAsync("1000.00");
        var bob = await app.NewRequesterClientAsync();
        for (var i = 0; i < 2; i++)
        {
            (await alice.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 1))).EnsureOk();
        }

        var token = (await alice.CallAsync("ListHITs", new { MaxResults = 1 }))["NextToken"].GetString();

        var refusal = (await bob.CallAsync("ListHITs", new { NextToken = token })).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");
        Assert.StartsWith("The NextToken is invalid for this request.", refusal.Message, StringComparison.Ordinal);
    }
}
