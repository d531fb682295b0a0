using System.Text.Json;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>GetQualificationType and ListQualificationTypes (mturk-compat §4.3, §8, §9.5): types are public, their tests are not.</summary>
public sealed class ReadingQualificationTypes
{
    private static async Task<List<JsonElement>> ListAllAsync(MTurkClient client, object filters, int pageSize = 100)
    {
        var types = new List<JsonElement>();
        string? token = null;
        do
        {
            var request = JsonSerializer.SerializeToNode(filters)!.AsObject();
            request["MaxResults"] = pageSize;
            if (token is not null)
            {
                request["NextToken"] = token;
            }

            var page = (await client.CallAsync("ListQualificationTypes", request)).EnsureOk();
            Assert.Equal(page["QualificationTypes"].GetArrayLength(), page["NumResults"].GetInt32());
            types.AddRange(page["QualificationTypes"].EnumerateArray());
            var next = page.Body.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
            Assert.True(next is null || next != token, "a page never repeats the token it was asked with");
            token = next;
        }
        while (token is not null);

        return types;
    }

    private static List<string> Ids(IEnumerable<JsonElement> types) => types.Select(t => t.GetProperty("QualificationTypeId").GetString()!).ToList();

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_requester_reads_a_type_without_its_test_and_answer_key(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var owner = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var id = await owner.CreateQualificationTypeAsync(QualificationTypeRequests.CreateWithTest());

        var theirs = (await other.CallAsync("GetQualificationType", new { QualificationTypeId = id })).EnsureOk()["QualificationType"];
        var mine = (await owner.CallAsync("GetQualificationType", new { QualificationTypeId = id })).EnsureOk()["QualificationType"];

        Assert.Equal(id, theirs.GetProperty("QualificationTypeId").GetString());
        Assert.Equal(600, theirs.GetProperty("TestDurationInSeconds").GetInt64());
        Assert.False(theirs.TryGetProperty("Test", out _));
        Assert.False(theirs.TryGetProperty("AnswerKey", out _));
        Assert.Equal(QualificationTypeRequests.Test, mine.GetProperty("Test").GetString());
        Assert.Equal(QualificationTypeRequests.AnswerKey, mine.GetProperty("AnswerKey").GetString());
    }

    [Theory]
    [InlineData("000000000000000000L0", "Worker_PercentAssignmentsApproved")]
    [InlineData("00000000000000000071", "Worker_Locale")]
    [InlineData("2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", "Masters")]
    [InlineData("2ARFPLSP75KLA8M8DH1HTEQVJT3SY6", "Masters")]
    public async Task A_system_type_is_described_as_active_and_not_requestable(string id, string name)
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var type = (await client.CallAsync("GetQualificationType", new { QualificationTypeId = id })).EnsureOk()["QualificationType"];

        Assert.Equal(name, type.GetProperty("Name").GetString());
        Assert.Equal("Active", type.GetProperty("QualificationTypeStatus").GetString());
        Assert.False(type.GetProperty("IsRequestable").GetBoolean());
        Assert.False(type.GetProperty("AutoGranted").GetBoolean());
        Assert.False(string.IsNullOrEmpty(type.GetProperty("Description").GetString()));
    }

    [Fact]
    public async Task An_unknown_type_does_not_exist()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var refusal = (await client.CallAsync("GetQualificationType", new { QualificationTypeId = "3" + new string('Q', 29) }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");

        Assert.StartsWith($"QualificationType 3{new string('Q', 29)} does not exist.", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_shows_the_callers_types_and_other_requesters_active_ones(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var alice = await app.NewRequesterClientAsync();
        var bob = await app.NewRequesterClientAsync();
        var alicesActive = await alice.CreateQualificationTypeAsync();
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var alicesInactive = await alice.CreateQualificationTypeAsync(QualificationTypeRequests.Create().With("QualificationTypeStatus", "Inactive"));
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var bobsActive = await bob.CreateQualificationTypeAsync();
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var bobsInactive = await bob.CreateQualificationTypeAsync(QualificationTypeRequests.Create().With("QualificationTypeStatus", "Inactive"));
        app.AdvanceTime(TimeSpan.FromSeconds(1));

        var requestable = Ids(await ListAllAsync(alice, new { MustBeRequestable = true }));
        var owned = Ids(await ListAllAsync(alice, new { MustBeRequestable = true, MustBeOwnedByCaller = true }));

        Assert.Equal([alicesActive, alicesInactive, bobsActive], requestable);
        Assert.Equal([alicesActive, alicesInactive], owned);
        Assert.DoesNotContain(bobsInactive, requestable);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task System_types_are_listed_first_only_when_neither_requestable_nor_owned_types_are_asked_for(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var mine = await client.CreateQualificationTypeAsync();

        var everything = await ListAllAsync(client, new { MustBeRequestable = false }, pageSize: 4);
        var ownedOnly = Ids(await ListAllAsync(client, new { MustBeRequestable = false, MustBeOwnedByCaller = true }));

        Assert.Equal(15, everything.Count);
        Assert.All(everything.Take(14), t => Assert.False(t.GetProperty("IsRequestable").GetBoolean()));
        Assert.Contains("000000000000000000L0", Ids(everything));
        Assert.Equal(mine, Ids(everything)[^1]);
        Assert.Equal([mine], ownedOnly);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Query_matches_name_description_or_keywords_ignoring_case(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var byName = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Birdsong expert"));
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var byDescription = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create().With("Description", "Knows every BIRDSONG"));
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var byKeywords = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create().With("Keywords", "audio, birdsong"));
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        await client.CreateQualificationTypeAsync();

        var found = Ids(await ListAllAsync(client, new { MustBeRequestable = true, Query = "birdSong" }));
        var system = Ids(await ListAllAsync(client, new { MustBeRequestable = false, Query = "masters" }));

        Assert.Equal([byName, byDescription, byKeywords], found);
        Assert.Equal(6, system.Count);
    }

    [Fact]
    public async Task A_token_is_bound_to_its_filters()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        await client.CreateQualificationTypeAsync();
        await client.CreateQualificationTypeAsync();
        var token = (await client.CallAsync("ListQualificationTypes", new { MustBeRequestable = true, MaxResults = 1 })).EnsureOk()["NextToken"].GetString();

        var refusal = (await client.CallAsync("ListQualificationTypes", new { MustBeRequestable = false, NextToken = token }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.StartsWith("The NextToken is invalid for this request.", refusal.Message, StringComparison.Ordinal);
        (await client.CallAsync("ListQualificationTypes", new { MaxResults = 1 })).EnsureError("ValidationException");
    }
}
