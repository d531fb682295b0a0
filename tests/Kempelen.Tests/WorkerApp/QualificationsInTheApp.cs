using System.Net;
using System.Text.RegularExpressions;
using Kempelen.Accounts;
using Kempelen.Qualifications;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.WorkerApp;

/// <summary>
/// Qualifications in the worker web app: requirements marked ✓/✗ on HIT groups and previews, what ActionsGuarded and
/// blocks hide, the qualifications page, taking a test, and the profile (mturk-compat §11).
/// </summary>
public sealed partial class QualificationsInTheApp
{
    private static async Task<(WebSession Session, WorkerId Worker)> SignedUpAsync(KempelenApp app)
    {
        var session = new WebSession(app);
        await session.SignUpAsync();
        var dashboard = await session.GetAsync("/dashboard");
        return (session, WorkerId.From(WorkerIdOnDashboard().Match(dashboard.Html).Groups[1].Value));
    }

    /// <summary>The page as a person reads it: entities decoded (Razor writes ✓ as &amp;#x2713;).</summary>
    private static string Text(WebPage page) => WebUtility.HtmlDecode(page.Html);

    [GeneratedRegex("Your worker ID is (A[A-Z0-9]+)")]
    private static partial Regex WorkerIdOnDashboard();

    [Fact]
    public async Task Each_group_lists_its_requirements_marked_for_the_worker_and_hides_what_they_may_not_discover()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Image tagging"));
        await WebWork.CreateHitAsync(requester, Questions.Html, title: "Open to all");
        await requester.CreateGuardedHitAsync("Guarded: accept", Qualifying.Requirement(type, "GreaterThanOrEqualTo", [80]));
        await requester.CreateGuardedHitAsync("Guarded: preview", Qualifying.Requirement(type, "GreaterThanOrEqualTo", [80], actionsGuarded: "PreviewAndAccept"));
        await requester.CreateGuardedHitAsync("Guarded: discover", Qualifying.Requirement(type, "GreaterThanOrEqualTo", [80], actionsGuarded: "DiscoverPreviewAndAccept"));
        await requester.CreateGuardedHitAsync(
            "Californians",
            Qualifying.Requirement(SystemQualificationTypes.Locale, "EqualTo", locales: [("US", "CA")]),
            Qualifying.Requirement(SystemQualificationTypes.PercentAssignmentsApproved, "GreaterThan", [90]));
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;
        using var visitor = new WebSession(app);

        var failing = Text(await session.GetAsync("/"));
        var seenByVisitor = Text(await visitor.GetAsync("/"));
        await app.GrantAsync(type, worker, 85);
        var qualified = Text(await session.GetAsync("/"));

        Assert.Contains(">Guarded: accept</a>", failing, StringComparison.Ordinal);
        Assert.Contains(">Guarded: preview</a>", failing, StringComparison.Ordinal);
        Assert.DoesNotContain("Guarded: discover", failing, StringComparison.Ordinal);
        Assert.Contains("Not met:</span>\n                Image tagging ≥ 80", failing, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/qualifications/{type}\">Get this qualification</a>", failing, StringComparison.Ordinal);
        Assert.Contains("Not met:</span>\n                Location is US (CA)", failing, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/profile\">Update your profile</a>", failing, StringComparison.Ordinal);
        Assert.Contains("Met:</span>\n                Approval rate > 90%", failing, StringComparison.Ordinal);
        Assert.Contains("<span aria-hidden=\"true\">✗</span>", failing, StringComparison.Ordinal);

        Assert.Contains(">Guarded: accept</a>", seenByVisitor, StringComparison.Ordinal);
        Assert.DoesNotContain("Guarded: discover", seenByVisitor, StringComparison.Ordinal);
        Assert.Contains("Image tagging ≥ 80", seenByVisitor, StringComparison.Ordinal);
        Assert.DoesNotContain("Met:", seenByVisitor, StringComparison.Ordinal);

        Assert.Contains(">Guarded: discover</a>", qualified, StringComparison.Ordinal);
        Assert.Contains("Met:</span>\n                Image tagging ≥ 80", qualified, StringComparison.Ordinal);
        Assert.Contains("<span aria-hidden=\"true\">✓</span>", qualified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_is_refused_with_the_reason_when_a_PreviewAndAccept_requirement_fails()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Image tagging"));
        var (_, groupId) = await requester.CreateGuardedHitAsync("Guarded: preview", Qualifying.Requirement(type, "Exists", actionsGuarded: "PreviewAndAccept"));
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;
        using var visitor = new WebSession(app);

        var refused = await session.GetAsync($"/groups/{groupId}");
        var refusedVisitor = await visitor.GetAsync($"/groups/{groupId}");
        await app.GrantAsync(type, worker, 1);
        var shown = await session.GetAsync($"/groups/{groupId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("You do not meet the qualification requirements of these HITs (not met: Has Image tagging).", Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", refused.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refusedVisitor.Status);
        Assert.Contains("Sign in to preview these HITs", refusedVisitor.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", refusedVisitor.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains("<iframe", shown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_is_disabled_with_the_reason_when_a_requirement_guards_only_accepting()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var (_, groupId) = await requester.CreateGuardedHitAsync("Experienced only", Qualifying.Requirement(SystemQualificationTypes.NumberHitsApproved, "GreaterThanOrEqualTo", [100]));
        var (session, _) = await SignedUpAsync(app);
        using var __ = session;

        var preview = await session.GetAsync($"/groups/{groupId}");
        var forced = await session.PostFormAsync($"/groups/{groupId}?handler=Accept", [], preview);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("<iframe", preview.Html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" disabled=\"disabled\" aria-describedby=\"accept-refusal\">Accept</button>", preview.Html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"accept-refusal\" class=\"error\">You do not meet the qualification requirements of these HITs (not met: HITs approved ≥ 100).</span>", Text(preview), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forced.Status);
        Assert.Contains("not met: HITs approved ≥ 100", Text(forced), StringComparison.Ordinal);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_blocked_worker_finds_none_of_the_requesters_groups_and_cannot_accept_them()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var blocker = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var (_, blockedGroup) = await WebWork.CreateHitAsync(blocker, Questions.Html, title: "From the blocker");
        await WebWork.CreateHitAsync(other, Questions.Html, title: "From someone else");
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;
        await app.BlockAsync(blocker.Requester, worker);

        var groups = await session.GetAsync("/");
        var preview = await session.GetAsync($"/groups/{blockedGroup}");
        var forced = await session.PostFormAsync($"/groups/{blockedGroup}?handler=Accept", [], preview);

        Assert.DoesNotContain("From the blocker", groups.Html, StringComparison.Ordinal);
        Assert.Contains(">From someone else</a>", groups.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, preview.Status);
        Assert.Contains("has blocked you from their HITs", preview.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forced.Status);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_system_qualifications_own_page_shows_the_workers_value_as_the_qualifications_page_does()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (session, _) = await SignedUpAsync(app);
        using var _ = session;

        var list = Text(await session.GetAsync("/qualifications"));
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in SystemQualificationTypes.ShownToWorkers)
        {
            own[type.Name] = Text(await session.GetAsync($"/qualifications/{type.Id}"));
        }

        Assert.Contains("<td data-qualification=\"Worker_PercentAssignmentsApproved\">100%</td>", list, StringComparison.Ordinal);
        Assert.Contains("<p id=\"my-standing\">Your value: 100%</p>", own["Worker_PercentAssignmentsApproved"], StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_NumberHITsApproved\">0</td>", list, StringComparison.Ordinal);
        Assert.Contains("<p id=\"my-standing\">Your value: 0</p>", own["Worker_NumberHITsApproved"], StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Locale\">Not set</td>", list, StringComparison.Ordinal);
        Assert.Contains("<p id=\"my-standing\">Your value: Not set</p>", own["Worker_Locale"], StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Adult\">No</td>", list, StringComparison.Ordinal);
        Assert.Contains("<p id=\"my-standing\">Your value: No</p>", own["Worker_Adult"], StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Masters\">Not held</td>", list, StringComparison.Ordinal);
        Assert.Contains("<p id=\"my-standing\">Your value: Not held</p>", own["Masters"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_qualifications_page_shows_computed_values_grants_revocations_requests_and_what_can_be_requested()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var granted = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Image tagging"));
        var revoked = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Audio transcription"));
        var asked = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Medical coding"));
        await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Paused skill", status: QualificationTypeStatus.Inactive));
        await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colour vision", Qualifying.Test, Qualifying.PercentageKey, testDurationInSeconds: 1200));
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;
        await app.GrantAsync(granted, worker, 85);
        await app.GrantAsync(revoked, worker, 40);
        await app.RevokeAsync(revoked, worker, "Too many mistakes");
        var typePage = await session.GetAsync($"/qualifications/{asked}");
        var requested = await session.PostFormAsync($"/qualifications/{asked}?handler=Request", [], typePage);

        var page = Text(await session.GetAsync("/qualifications"));
        var searched = Text(await session.GetAsync("/qualifications?q=COLOUR"));

        Assert.Equal($"/qualifications/{asked}?notice=pending", requested.Location!.OriginalString);
        Assert.Contains("<td data-qualification=\"Worker_PercentAssignmentsApproved\">100%</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Locale\">Not set</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Masters\">Not held</td>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/qualifications/{granted}\">Image tagging</a></td>\n                <td class=\"number\">85</td>", page, StringComparison.Ordinal);
        Assert.Contains("Revoked: Too many mistakes", page, StringComparison.Ordinal);
        Assert.Contains("Waiting for the requester's review since 2026-11-26 12:00 UTC", page, StringComparison.Ordinal);
        Assert.Contains("Take a test (20 minutes)", page, StringComparison.Ordinal);
        Assert.Contains("Held (value 85)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Paused skill", page, StringComparison.Ordinal);
        Assert.Contains(">Colour vision</a>", searched, StringComparison.Ordinal);
        Assert.DoesNotContain(">Medical coding</a><br>", searched, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_worker_takes_a_test_in_the_app_and_is_granted_its_score(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colour vision", Qualifying.Test, Qualifying.PercentageKey, testDurationInSeconds: 600));
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;

        var typePage = await session.GetAsync($"/qualifications/{type}");
        var started = await session.PostFormAsync($"/qualifications/{type}?handler=Request", [], typePage);
        app.AdvanceTime(TimeSpan.FromSeconds(100));
        var test = await session.GetAsync($"/qualifications/{type}/test");
        var incomplete = await session.PostFormAsync($"/qualifications/{type}/test", [("sky", "blue"), ("comment", "half done")], test);
        var handedIn = await session.PostFormAsync($"/qualifications/{type}/test", [("sky", "blue"), ("grass", "green")], incomplete);
        var result = await session.GetAsync(handedIn.Location!.OriginalString);

        Assert.Contains("Take the test", typePage.Html, StringComparison.Ordinal);
        Assert.Equal($"/qualifications/{type}/test", started.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, test.Status);
        Assert.Contains("<input type=\"radio\" id=\"qf-1-1\" name=\"sky\" value=\"blue\" required=\"\" />", test.Html, StringComparison.Ordinal);
        Assert.Contains("data-seconds=\"500\"", test.Html, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' https: http:", test.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", test.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.Status);
        Assert.Contains("grass: Choose an answer; this question is required.", incomplete.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"sky\" value=\"blue\" checked=\"\"", incomplete.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"half done\"", incomplete.Html, StringComparison.Ordinal);
        Assert.Equal($"/qualifications/{type}?notice=granted", handedIn.Location.OriginalString);
        Assert.Contains("You hold this qualification with value <strong>100</strong>", result.Html, StringComparison.Ordinal);
        Assert.Contains("The qualification was granted to you.", result.Html, StringComparison.Ordinal);
        Assert.Contains("You already hold the qualification", Text(result), StringComparison.Ordinal);
        Assert.Contains("You are not taking this test now", (await session.GetAsync($"/qualifications/{type}/test")).Html, StringComparison.Ordinal);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_test_handed_in_late_in_the_app_is_refused_on_the_page()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colour vision", Qualifying.Test, testDurationInSeconds: 60));
        var (session, _) = await SignedUpAsync(app);
        using var __ = session;
        var typePage = await session.GetAsync($"/qualifications/{type}");
        await session.PostFormAsync($"/qualifications/{type}?handler=Request", [], typePage);
        var test = await session.GetAsync($"/qualifications/{type}/test");

        app.AdvanceTime(TimeSpan.FromSeconds(61));
        var late = await session.PostFormAsync($"/qualifications/{type}/test", [("sky", "blue"), ("grass", "green")], test);

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("The time to answer this qualification test ran out", late.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_page_sets_the_location_and_the_adult_declaration_and_a_verified_location_is_locked()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;

        var form = await session.GetAsync("/profile");
        var bad = await session.PostFormAsync("/profile", [("Country", "Mars"), ("Subdivision", ""), ("Adult", "false")], form);
        var saved = await session.PostFormAsync("/profile", [("Country", "us"), ("Subdivision", "ny"), ("Adult", "true")], form);
        var page = Text(await session.GetAsync("/qualifications"));
        await app.VerifyLocaleAsync(worker, "CA", "ON");
        var locked = await session.GetAsync("/profile");
        var adultOnly = await session.PostFormAsync("/profile", [("Adult", "false")], locked);
        var after = Text(await session.GetAsync("/qualifications"));

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("got &#x27;Mars&#x27;", bad.Html, StringComparison.Ordinal);
        Assert.Equal("/profile?notice=saved", saved.Location!.OriginalString);
        Assert.Contains("<td data-qualification=\"Worker_Locale\">US (NY)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Adult\">Yes</td>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/qualifications/{SystemQualificationTypes.Adult}\">Adult content agreement</a>", page, StringComparison.Ordinal);
        Assert.Contains("verified by the operator and is locked", locked.Html, StringComparison.Ordinal);
        Assert.Matches("<input [^>]*disabled=\"disabled\"[^>]*name=\"Country\"|<input [^>]*name=\"Country\"[^>]*disabled=\"disabled\"", locked.Html);
        Assert.Equal(HttpStatusCode.Redirect, adultOnly.Status);
        Assert.Contains("<td data-qualification=\"Worker_Locale\">CA (ON)</td>", after, StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Adult\">No</td>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_location_posted_to_a_verified_profile_is_refused_on_the_form_and_nothing_is_saved()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (session, worker) = await SignedUpAsync(app);
        using var _ = session;
        await app.VerifyLocaleAsync(worker, "CA", "ON");

        var locked = await session.GetAsync("/profile");
        var refused = await session.PostFormAsync("/profile", [("Country", "us"), ("Subdivision", "ny"), ("Adult", "true")], locked);
        var page = Text(await session.GetAsync("/qualifications"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Your locale was verified by the operator and cannot be changed here", Text(refused), StringComparison.Ordinal);
        Assert.Contains("verified by the operator and is locked", refused.Html, StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Locale\">CA (ON)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-qualification=\"Worker_Adult\">No</td>", page, StringComparison.Ordinal);
    }
}
