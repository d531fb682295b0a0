using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>ListHITsForQualificationType (mturk-compat §8): the caller's undeleted HITs whose type requires the qualification type.</summary>
public sealed class ListingHitsForQualificationTypes
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_callers_live_HITs_requiring_the_type_are_paged_oldest_first(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("1000.00");
        var other = await app.NewRequesterClientAsync();
        var type = await client.CreateQualificationTypeAsync();
        var unrelated = await client.CreateQualificationTypeAsync();
        var requiring = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            requiring.Add(await client.CreateHitRequiringAsync(type));
            app.AdvanceTime(TimeSpan.FromSeconds(1));
        }

        await client.CreateHitRequiringAsync(unrelated);
        await other.CreateHitRequiringAsync(type);
        (await client.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 1))).EnsureOk();
        (await client.CallAsync("UpdateExpirationForHIT", new { HITId = requiring[0], ExpireAt = 0 })).EnsureOk();
        (await client.CallAsync("DeleteHIT", new { HITId = requiring[0] })).EnsureOk();

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = (await client.CallAsync("ListHITsForQualificationType", token is null ? new { QualificationTypeId = type, MaxResults = 2 } : (object)new { QualificationTypeId = type, MaxResults = 2, NextToken = token })).EnsureOk();
            Assert.Equal(page["HITs"].GetArrayLength(), page["NumResults"].GetInt32());
            Assert.All(page["HITs"].EnumerateArray(), h => Assert.Equal(type, h.GetProperty("QualificationRequirements")[0].GetProperty("QualificationTypeId").GetString()));
            seen.AddRange(page["HITs"].EnumerateArray().Select(h => h.GetProperty("HITId").GetString()!));
            token = page.Body.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(requiring[1..], seen);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Any_type_may_be_asked_about_but_only_the_callers_HITs_are_listed(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var owner = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var type = await owner.CreateQualificationTypeAsync();
        await owner.CreateHitRequiringAsync(type);
        var othersHit = await other.CreateHitRequiringAsync(type);
        var mastersHit = await other.CreateHitRequiringAsync("2F1QJWKUDD8XADTFD2Q0G6UTO95ALH");

        var listed = (await other.CallAsync("ListHITsForQualificationType", new { QualificationTypeId = type })).EnsureOk();
        var masters = (await other.CallAsync("ListHITsForQualificationType", new { QualificationTypeId = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH" })).EnsureOk();

        Assert.Equal([othersHit], listed["HITs"].EnumerateArray().Select(h => h.GetProperty("HITId").GetString()));
        Assert.Equal([mastersHit], masters["HITs"].EnumerateArray().Select(h => h.GetProperty("HITId").GetString()));
        (await other.CallAsync("ListHITsForQualificationType", new { QualificationTypeId = "3" + new string('Q', 29) }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");
        await app.AssertInvariantsAsync();
    }
}
