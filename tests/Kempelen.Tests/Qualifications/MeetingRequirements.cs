using System.Net;
using System.Text.Json;
using Kempelen.Qualifications;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>
/// Requirements and blocks decide what a worker finds and accepts through the worker API (mturk-compat §11.1, §11.2):
/// every comparator, locales, what each ActionsGuarded hides, and a requester's block.
/// </summary>
public sealed class MeetingRequirements
{
    private static async Task AssertAcceptsAsync(WorkerClient worker, string hitId, bool expected, string because)
    {
        var (status, body) = await worker.PostAsync($"/hits/{hitId}/accept");
        if (expected)
        {
            Assert.True(status == HttpStatusCode.OK, $"{because}: expected to accept, got {(int)status}: {body}");
            return;
        }

        Assert.True(status == HttpStatusCode.Forbidden, $"{because}: expected 403, got {(int)status}: {body}");
        Assert.Equal("DoesNotMeetRequirements", body.GetProperty("title").GetString());
    }

    private static JsonElement GroupOf(JsonElement list, string groupId) =>
        list.GetProperty("HITGroups").EnumerateArray().Single(g => g.GetProperty("HITGroupId").GetString() == groupId);

    private static bool Lists(JsonElement list, string groupId) =>
        list.GetProperty("HITGroups").EnumerateArray().Any(g => g.GetProperty("HITGroupId").GetString() == groupId);

    // Comparator, values, accepted by the worker holding 50, accepted by a worker without the qualification.
    private static readonly (string Comparator, int[]? Values, bool Holder, bool Stranger)[] Comparisons =
    [
        ("LessThan", [51], true, false),
        ("LessThan", [50], false, false),
        ("LessThanOrEqualTo", [50], true, false),
        ("LessThanOrEqualTo", [49], false, false),
        ("GreaterThan", [49], true, false),
        ("GreaterThan", [50], false, false),
        ("GreaterThanOrEqualTo", [50], true, false),
        ("GreaterThanOrEqualTo", [51], false, false),
        ("EqualTo", [50], true, false),
        ("EqualTo", [49], false, false),
        ("NotEqualTo", [49], true, false),
        ("NotEqualTo", [50], false, false),
        ("In", [10, 50], true, false),
        ("In", [10, 20], false, false),
        ("NotIn", [10, 20], true, false),
        ("NotIn", [10, 50], false, false),
        ("Exists", null, true, false),
        ("DoesNotExist", null, false, true),
    ];

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_comparator_decides_whether_a_worker_may_accept(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms());
        var holder = await app.NewWorkerClientAsync();
        var stranger = await app.NewWorkerClientAsync();
        await app.GrantAsync(type, holder.Worker.Id, 50);

        foreach (var (comparator, values, holderPasses, strangerPasses) in Comparisons)
        {
            var because = $"{comparator} {string.Join(",", values ?? [])}";
            var (hitId, _) = await requester.CreateGuardedHitAsync(because, Qualifying.Requirement(type, comparator, values));

            await AssertAcceptsAsync(holder, hitId, holderPasses, "holding 50, " + because);
            await AssertAcceptsAsync(stranger, hitId, strangerPasses, "without it, " + because);
        }

        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Locales_match_by_country_and_by_subdivision(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var californian = await app.NewWorkerClientAsync();
        var unplaced = await app.NewWorkerClientAsync();
        var (patched, _) = await californian.SendAsync(HttpMethod.Patch, "/me", new { country = "us", subdivision = "ca" });
        Assert.Equal(HttpStatusCode.OK, patched);
        var cases = new (string Comparator, (string, string?)[] Locales, bool Californian)[]
        {
            ("EqualTo", [("US", null)], true),
            ("EqualTo", [("US", "CA")], true),
            ("EqualTo", [("US", "NY")], false),
            ("NotEqualTo", [("DE", null)], true),
            ("NotEqualTo", [("US", null)], false),
            ("In", [("DE", null), ("US", "CA")], true),
            ("In", [("DE", null), ("US", "NY")], false),
            ("NotIn", [("US", "NY")], true),
            ("NotIn", [("GB", null), ("US", null)], false),
        };

        foreach (var (comparator, locales, californianPasses) in cases)
        {
            var because = $"Location {comparator} {string.Join(",", locales.Select(l => l.Item1 + "-" + l.Item2))}";
            var (hitId, _) = await requester.CreateGuardedHitAsync(because, Qualifying.Requirement(SystemQualificationTypes.Locale, comparator, locales: locales));

            await AssertAcceptsAsync(californian, hitId, californianPasses, "in US-CA, " + because);

            // A worker who never said where they are holds no locale, so they fail NotEqualTo and NotIn too.
            await AssertAcceptsAsync(unplaced, hitId, false, "without a locale, " + because);
        }

        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ActionsGuarded_decides_what_a_worker_who_fails_finds_and_accepts(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Image tagging"));
        var worker = await app.NewWorkerClientAsync();
        var (_, open) = await WebWork.CreateHitAsync(requester, Questions.Html, title: "Open to all");
        var (acceptHit, acceptGroup) = await requester.CreateGuardedHitAsync("Guarded: accept", Qualifying.Requirement(type, "GreaterThanOrEqualTo", [80]));
        var (previewHit, previewGroup) = await requester.CreateGuardedHitAsync("Guarded: preview", Qualifying.Requirement(type, "GreaterThanOrEqualTo", [80], actionsGuarded: "PreviewAndAccept"));
        var (discoverHit, discoverGroup) = await requester.CreateGuardedHitAsync("Guarded: discover", Qualifying.Requirement(type, "GreaterThanOrEqualTo", [80], actionsGuarded: "DiscoverPreviewAndAccept"));

        var (_, found) = await worker.GetAsync("/hit-groups");

        Assert.True(Lists(found, open));
        Assert.False(Lists(found, discoverGroup));
        var accept = GroupOf(found, acceptGroup);
        Assert.True(accept.GetProperty("CanPreview").GetBoolean());
        Assert.False(accept.GetProperty("CanAccept").GetBoolean());
        var requirement = Assert.Single(accept.GetProperty("QualificationRequirements").EnumerateArray());
        Assert.Equal(type, requirement.GetProperty("QualificationTypeId").GetString());
        Assert.Equal("Image tagging ≥ 80", requirement.GetProperty("Description").GetString());
        Assert.False(requirement.GetProperty("Met").GetBoolean());
        Assert.True(requirement.GetProperty("Requestable").GetBoolean());
        Assert.Equal("Accept", requirement.GetProperty("ActionsGuarded").GetString());
        var preview = GroupOf(found, previewGroup);
        Assert.False(preview.GetProperty("CanPreview").GetBoolean());
        Assert.False(preview.GetProperty("CanAccept").GetBoolean());
        foreach (var hitId in new[] { acceptHit, previewHit, discoverHit })
        {
            await AssertAcceptsAsync(worker, hitId, false, "failing the requirement");
        }

        var (byGroup, refusal) = await worker.PostAsync($"/hit-groups/{discoverGroup}/accept");
        Assert.Equal(HttpStatusCode.Forbidden, byGroup);
        Assert.Contains("Qualification " + type + " ≥ 80", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await app.GrantAsync(type, worker.Worker.Id, 80);
        var (_, qualified) = await worker.GetAsync("/hit-groups");

        Assert.True(Lists(qualified, discoverGroup));
        Assert.True(GroupOf(qualified, discoverGroup).GetProperty("CanAccept").GetBoolean());
        Assert.True(GroupOf(qualified, acceptGroup).GetProperty("QualificationRequirements")[0].GetProperty("Met").GetBoolean());
        await AssertAcceptsAsync(worker, discoverHit, true, "meeting the requirement");
        var (fromGroup, _) = await worker.PostAsync($"/hit-groups/{previewGroup}/accept");
        Assert.Equal(HttpStatusCode.OK, fromGroup);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_blocked_worker_finds_none_of_the_requesters_groups_and_accepts_none_of_its_HITs(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var blocker = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var blocked = await app.NewWorkerClientAsync();
        var bystander = await app.NewWorkerClientAsync();
        var (blockerHit, blockerGroup) = await WebWork.CreateHitAsync(blocker, Questions.Html, title: "From the blocker", maxAssignments: 3);
        var (_, otherGroup) = await WebWork.CreateHitAsync(other, Questions.Html, title: "From someone else");
        await app.BlockAsync(blocker.Requester, blocked.Worker.Id);

        var (_, seen) = await blocked.GetAsync("/hit-groups");
        var (_, seenByBystander) = await bystander.GetAsync("/hit-groups");
        var (byHit, refusal) = await blocked.PostAsync($"/hits/{blockerHit}/accept");
        var (byGroup, _) = await blocked.PostAsync($"/hit-groups/{blockerGroup}/accept");

        Assert.False(Lists(seen, blockerGroup));
        Assert.True(Lists(seen, otherGroup));
        Assert.True(Lists(seenByBystander, blockerGroup));
        Assert.Equal(HttpStatusCode.Forbidden, byHit);
        Assert.Contains("blocked you", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byGroup);
        await AssertAcceptsAsync(bystander, blockerHit, true, "not blocked");
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Hidden_groups_leave_no_holes_in_the_pages()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms());
        var worker = await app.NewWorkerClientAsync();
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 33; i++)
        {
            var title = $"Group {i}";
            if (i % 3 == 0)
            {
                hidden.Add((await requester.CreateGuardedHitAsync(title, Qualifying.Requirement(type, "Exists", actionsGuarded: "DiscoverPreviewAndAccept"))).GroupId);
            }
            else
            {
                await WebWork.CreateHitAsync(requester, Questions.Html, title: title);
            }
        }

        var (_, first) = await worker.GetAsync("/hit-groups");
        var (_, second) = await worker.GetAsync("/hit-groups?page=2");

        var shown = first.GetProperty("HITGroups").EnumerateArray().Concat(second.GetProperty("HITGroups").EnumerateArray())
            .Select(g => g.GetProperty("HITGroupId").GetString()!).ToList();
        Assert.Equal(20, first.GetProperty("HITGroups").GetArrayLength());
        Assert.True(first.GetProperty("HasNext").GetBoolean());
        Assert.Equal(2, second.GetProperty("HITGroups").GetArrayLength());
        Assert.False(second.GetProperty("HasNext").GetBoolean());
        Assert.Equal(22, shown.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(shown, hidden.Contains);
    }
}
