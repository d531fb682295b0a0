using System.Net;
using System.Text.Json;
using Kempelen.Qualifications;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>
/// The qualifications Kempelen computes from a worker's record (mturk-compat §4.3): approval rate, HITs approved and
/// Masters, as requirements and the worker API see them.
/// </summary>
public sealed class SystemQualifications
{
    /// <summary>The worker accepts and submits one HIT per decision; the requester approves or rejects each.</summary>
    private static async Task DoWorkAsync(KempelenApp app, MTurkClient requester, WorkerClient worker, params bool[] approvals)
    {
        foreach (var approve in approvals)
        {
            var (hitId, _) = await WebWork.CreateHitAsync(requester, Questions.Html, title: "Some work");
            var assignmentId = await worker.AcceptAsync(hitId);
            var (submitted, body) = await worker.PostAsync($"/assignments/{assignmentId}/submit", new { answers = new { colour = "red" } });
            Assert.True(submitted == HttpStatusCode.OK, body.ToString());
            if (approve)
            {
                await app.ApproveAsync(requester.Requester, assignmentId);
            }
            else
            {
                await app.RejectAsync(requester.Requester, assignmentId, "Not a colour");
            }
        }
    }

    private static async Task<JsonElement> SystemValueAsync(WorkerClient worker, string typeId)
    {
        var (_, mine) = await worker.GetAsync("/qualifications");
        return mine.GetProperty("SystemQualifications").EnumerateArray().Single(s => s.GetProperty("QualificationTypeId").GetString() == typeId);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_worker_with_fewer_than_100_submitted_assignments_reads_an_approval_rate_of_100(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        await DoWorkAsync(app, requester, worker, true, false);
        var (hitId, _) = await requester.CreateGuardedHitAsync("For careful workers", Qualifying.Requirement(SystemQualificationTypes.PercentAssignmentsApproved, "GreaterThanOrEqualTo", [95]));

        var rate = await SystemValueAsync(worker, SystemQualificationTypes.PercentAssignmentsApproved);
        var (accepted, body) = await worker.PostAsync($"/hits/{hitId}/accept");

        Assert.Equal(100, rate.GetProperty("IntegerValue").GetInt32());
        Assert.Equal("Worker_PercentAssignmentsApproved", rate.GetProperty("Name").GetString());
        Assert.True(accepted == HttpStatusCode.OK, body.ToString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_number_of_HITs_approved_counts_approvals(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var (hitId, _) = await requester.CreateGuardedHitAsync("For experienced workers", Qualifying.Requirement(SystemQualificationTypes.NumberHitsApproved, "GreaterThanOrEqualTo", [2]));
        var (before, refusal) = await worker.PostAsync($"/hits/{hitId}/accept");

        await DoWorkAsync(app, requester, worker, true, false, true);
        var (after, _) = await worker.PostAsync($"/hits/{hitId}/accept");

        Assert.Equal(HttpStatusCode.Forbidden, before);
        Assert.Contains("HITs approved ≥ 2", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await SystemValueAsync(worker, SystemQualificationTypes.NumberHitsApproved)).GetProperty("IntegerValue").GetInt32());
        Assert.Equal(HttpStatusCode.OK, after);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Masters_is_held_while_recent_work_was_approved_and_lost_when_it_leaves_the_window(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database, new Dictionary<string, string?>
        {
            ["Kempelen:Masters:MinimumApproved"] = "3",
            ["Kempelen:Masters:WindowDays"] = "30",
        });
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var masters = Qualifying.Requirement(SystemQualificationTypes.MastersId, "Exists");
        await DoWorkAsync(app, requester, worker, true, true);
        var (early, _) = await requester.CreateGuardedHitAsync("For Masters", masters);
        var (tooEarly, _) = await worker.PostAsync($"/hits/{early}/accept");

        await DoWorkAsync(app, requester, worker, true);
        var (held, _) = await worker.PostAsync($"/hits/{early}/accept");
        var heldValue = await SystemValueAsync(worker, SystemQualificationTypes.MastersId);

        app.AdvanceTime(TimeSpan.FromDays(31));
        var (late, _) = await requester.CreateGuardedHitAsync("For Masters, a month later", masters);
        var (lost, refusal) = await worker.PostAsync($"/hits/{late}/accept");

        Assert.Equal(HttpStatusCode.Forbidden, tooEarly);
        Assert.Equal(HttpStatusCode.OK, held);
        Assert.Equal(1, heldValue.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, lost);
        Assert.Contains("Masters", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await SystemValueAsync(worker, SystemQualificationTypes.MastersId)).GetProperty("IntegerValue").ValueKind);
        await app.AssertInvariantsAsync();
    }
}
