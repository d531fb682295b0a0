using System.Net;
using System.Text.RegularExpressions;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.RequesterApp;

/// <summary>/requester/workers and a worker's page: figures from the requester's assignments, and the actions on a worker.</summary>
public sealed partial class WorkersPages
{
    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static async Task<string> CreateHitAsync(MTurkClient api, int maxAssignments = 1) =>
        (await api.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.50", maxAssignments: maxAssignments))).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

    /// <summary>The worker accepts the HIT and hands it in after the given time.</summary>
    private static async Task<string> WorkAsync(KempelenApp app, WorkerClient worker, string hitId, TimeSpan takes)
    {
        var assignmentId = await worker.AcceptAsync(hitId);
        app.AdvanceTime(takes);
        var (status, body) = await worker.PostAsync($"/assignments/{assignmentId}/submit", new { answers = new { colour = "red" } });
        Assert.True(status == HttpStatusCode.OK, $"Submitting answered {(int)status}: {body}");
        return assignmentId;
    }

    /// <summary>The cells of a worker's row on the workers page, as text.</summary>
    private static List<string> RowOf(WebPage page, string workerId)
    {
        var row = Regex.Match(page.Html, $"""<tr data-worker="{workerId}">(.*?)</tr>""", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {workerId}:\n{page.Html}");
        return Cell().Matches(row.Groups[1].Value).Select(c => WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, " ")).Trim()).ToList();
    }

    private sealed record Scenario(KempelenApp App, WebSession Session, MTurkClient Api, WorkerClient Steady, WorkerClient Newcomer, List<string> SteadysWork);

    /// <summary>
    /// Steady hands in three HITs taking 1, 2 and 3 minutes; two are approved and one rejected; a fourth is in
    /// progress. Newcomer hands in one, taking 30 seconds, not yet reviewed. Another requester's work is not counted.
    /// </summary>
    private static async Task<Scenario> ScenarioAsync(KempelenApp app)
    {
        var (_, session, api) = await app.SignedInRequesterAsync();
        var steady = await app.NewWorkerClientAsync();
        var newcomer = await app.NewWorkerClientAsync();
        var work = new List<string>();
        for (var minutes = 1; minutes <= 3; minutes++)
        {
            work.Add(await WorkAsync(app, steady, await CreateHitAsync(api), TimeSpan.FromMinutes(minutes)));
        }

        await app.ApproveAsync(api.Requester, work[0]);
        await app.ApproveAsync(api.Requester, work[1]);
        await app.RejectAsync(api.Requester, work[2], "Not a colour");
        await steady.AcceptAsync(await CreateHitAsync(api));
        app.AdvanceTime(TimeSpan.FromMinutes(1));
        await WorkAsync(app, newcomer, await CreateHitAsync(api), TimeSpan.FromSeconds(30));
        var other = await app.NewRequesterClientAsync();
        await WorkAsync(app, steady, await CreateHitAsync(other), TimeSpan.FromMinutes(9));
        return new Scenario(app, session, api, steady, newcomer, work);
    }

    [Fact]
    public async Task The_workers_page_tallies_each_workers_assignments_for_this_requester_exactly()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var scenario = await ScenarioAsync(app);
        using var _ = scenario.Session;
        var (steady, newcomer) = (scenario.Steady.Worker.Id.Value, scenario.Newcomer.Worker.Id.Value);

        var page = await scenario.Session.GetAsync("/requester/workers");

        page.AssertOk();
        Assert.Contains("2 workers", page.Html, StringComparison.Ordinal);
        // Worker, assignments, in progress, submitted, approved, rejected, returned or abandoned, approval rate, work time, last active.
        Assert.Equal([steady, "4", "1", "0", "2", "1", "0", "67%", "2 minutes", "2026-11-26 12:06 UTC"], RowOf(page, steady));
        Assert.Equal([newcomer, "1", "0", "1", "0", "0", "0", "—", "30 seconds", "2026-11-26 12:07 UTC"], RowOf(page, newcomer));
        Assert.True(page.Html.IndexOf(newcomer, StringComparison.Ordinal) < page.Html.IndexOf(steady, StringComparison.Ordinal), "Most recently active first.");

        var byRate = await scenario.Session.GetAsync("/requester/workers?sort=ApprovalRate");
        var bySpeed = await scenario.Session.GetAsync("/requester/workers?sort=WorkTime");
        Assert.True(byRate.Html.IndexOf(steady, StringComparison.Ordinal) < byRate.Html.IndexOf(newcomer, StringComparison.Ordinal), "Workers with nothing decided come last.");
        Assert.True(bySpeed.Html.IndexOf(newcomer, StringComparison.Ordinal) < bySpeed.Html.IndexOf(steady, StringComparison.Ordinal), "Fastest first.");

        var detail = await scenario.Session.GetAsync($"/requester/workers/{steady}");
        detail.AssertOk();
        Assert.Equal("4", detail.Text("total"));
        Assert.Equal("2", detail.Text("approved"));
        Assert.Equal("1", detail.Text("rejected"));
        Assert.Equal("67%", detail.Text("approval-rate"));
        Assert.Equal("2 minutes", detail.Text("work-time"));
        Assert.All(scenario.SteadysWork, id => Assert.Contains(id, detail.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blocking_and_unblocking_through_the_page_is_what_the_MTurk_API_reports()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var scenario = await ScenarioAsync(app);
        using var _ = scenario.Session;
        var worker = scenario.Newcomer.Worker.Id.Value;
        var url = $"/requester/workers/{worker}";
        var page = await scenario.Session.GetAsync(url);

        Assert.Contains($"action=\"{url}?handler=Block\"", page.Html, StringComparison.Ordinal);
        var empty = await scenario.Session.PostFormAsync(url + "?handler=Block", [("Reason", " ")], page);
        var blocked = await scenario.Session.PostFormAsync(url + "?handler=Block", [("Reason", "Copied answers.")], page);

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("id=\"block-error\"", empty.Html, StringComparison.Ordinal);
        blocked.AssertRedirect();
        var blocks = (await scenario.Api.CallAsync("ListWorkerBlocks", new { })).EnsureOk()["WorkerBlocks"];
        Assert.Equal(worker, blocks[0].GetProperty("WorkerId").GetString());
        Assert.Equal("Copied answers.", blocks[0].GetProperty("Reason").GetString());
        var list = await scenario.Session.GetAsync("/requester/workers");
        Assert.Contains("Blocked", RowOf(list, worker)[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Newcomer.PostAsync($"/hits/{await CreateHitAsync(scenario.Api)}/accept")).Status);

        var unblocked = await scenario.Session.PostFormAsync(url + "?handler=Unblock", [], await scenario.Session.GetAsync(url));
        var again = await scenario.Session.PostFormAsync(url + "?handler=Unblock", [], page);

        unblocked.AssertRedirect();
        Assert.Equal(0, (await scenario.Api.CallAsync("ListWorkerBlocks", new { })).EnsureOk()["NumResults"].GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Contains("WorkerId is invalid.", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bonus_through_the_page_is_paid_once_however_often_the_form_is_sent()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var scenario = await ScenarioAsync(app);
        using var _ = scenario.Session;
        var worker = scenario.Steady.Worker.Id.Value;
        var url = $"/requester/workers/{worker}";
        var page = await scenario.Session.GetAsync(url);
        var token = Regex.Match(page.Html, """name="BonusToken" value="([^"]+)""").Groups[1].Value;
        (string, string)[] form = [("AssignmentId", scenario.SteadysWork[0]), ("Amount", "1.25"), ("Reason", "Great work"), ("BonusToken", token)];

        var paid = await scenario.Session.PostFormAsync(url + "?handler=Bonus", form, page);
        var resent = await scenario.Session.PostFormAsync(url + "?handler=Bonus", form, page);
        var after = await scenario.Session.GetAsync(url);
        var badAmount = await scenario.Session.PostFormAsync(url + "?handler=Bonus", [("AssignmentId", scenario.SteadysWork[0]), ("Amount", "lots"), ("Reason", "x")], page);
        var notTheirs = await scenario.Session.PostFormAsync(
            $"/requester/workers/{scenario.Newcomer.Worker.Id.Value}?handler=Bonus", [("AssignmentId", scenario.SteadysWork[0]), ("Amount", "1.00"), ("Reason", "x")], page);

        paid.AssertRedirect();
        resent.AssertRedirect();
        Assert.Contains("already used", WebUtility.HtmlDecode(after.Html), StringComparison.Ordinal);
        var bonuses = (await scenario.Api.CallAsync("ListBonusPayments", new { AssignmentId = scenario.SteadysWork[0] })).EnsureOk();
        Assert.Equal(1, bonuses["NumResults"].GetInt32());
        Assert.Equal("1.25", bonuses["BonusPayments"][0].GetProperty("BonusAmount").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badAmount.Status);
        Assert.Contains("id=\"bonus-error\"", badAmount.Html, StringComparison.Ordinal);
        Assert.Contains("lots", badAmount.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notTheirs.Status);
        Assert.Contains("was done by another worker", notTheirs.Html, StringComparison.Ordinal);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Granting_and_revoking_a_qualification_through_the_page_is_what_the_MTurk_API_reports()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var scenario = await ScenarioAsync(app);
        using var _ = scenario.Session;
        var worker = scenario.Steady.Worker.Id.Value;
        var url = $"/requester/workers/{worker}";
        var type = await scenario.Api.CreateQualificationTypeAsync();
        var othersType = await (await app.NewRequesterClientAsync()).CreateQualificationTypeAsync(QualificationTypeRequests.Create("Someone else's"));
        var page = await scenario.Session.GetAsync(url);
        Assert.Contains("Not held", page.Html, StringComparison.Ordinal);

        var granted = await scenario.Session.PostFormAsync(url + "?handler=Grant", [("QualificationTypeId", type), ("Value", "7")], page);
        var notANumber = await scenario.Session.PostFormAsync(url + "?handler=Grant", [("QualificationTypeId", type), ("Value", "seven")], page);
        var foreign = await scenario.Session.PostFormAsync(url + "?handler=Grant", [("QualificationTypeId", othersType), ("Value", "1")], page);

        granted.AssertRedirect();
        var score = (await scenario.Api.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = worker })).EnsureOk()["Qualification"];
        Assert.Equal(7, score.GetProperty("IntegerValue").GetInt32());
        Assert.Contains("Granted, value 7", (await scenario.Session.GetAsync(url)).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.Status);
        Assert.Contains("whole number", notANumber.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.Status);
        Assert.Contains("belongs to another requester", foreign.Html, StringComparison.Ordinal);

        var revoked = await scenario.Session.PostFormAsync(url + "?handler=Revoke", [("QualificationTypeId", type), ("Reason", "Retired test")], page);

        revoked.AssertRedirect();
        (await scenario.Api.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = worker }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.InvalidQualificationState");
        Assert.Contains("<td>Revoked</td>", (await scenario.Session.GetAsync(url)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workers_are_listed_fifty_to_a_page_without_gaps_or_repeats()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (_, session, api) = await app.SignedInRequesterAsync();
        using var _ = session;
        var hit = await CreateHitAsync(api, maxAssignments: 51);
        var workers = new List<string>();
        for (var i = 0; i < 51; i++)
        {
            var worker = await app.NewWorkerClientAsync();
            await worker.AcceptAsync(hit);
            workers.Add(worker.Worker.Id.Value);
        }

        var first = await session.GetAsync("/requester/workers?sort=WorkerId");
        var second = await session.GetAsync("/requester/workers?sort=WorkerId&p=1");

        var listed = Regex.Matches(first.Html + second.Html, "<tr data-worker=\"([A-Z0-9]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(workers.Order(StringComparer.Ordinal), listed);
        Assert.Contains("Page 1 of 2 · 51 workers", WebUtility.HtmlDecode(first.Html), StringComparison.Ordinal);
        Assert.Contains("href=\"/requester/workers?sort=WorkerId&amp;p=1\" rel=\"next\"", first.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_worker_has_no_page()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (_, session, _) = await app.SignedInRequesterAsync();
        using var _ = session;

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/requester/workers/ANOSUCHWORKER1")).Status);
        Assert.Equal("/requester/workers/ANOSUCHWORKER1", (await session.GetAsync("/requester/workers?id=ANOSUCHWORKER1")).Location!.ToString());
    }
}
