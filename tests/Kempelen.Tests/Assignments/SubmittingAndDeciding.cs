using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Assignments;

/// <summary>Workers hand in work; requesters approve or reject it; the money follows (mturk-compat §5.3, §6.2).</summary>
public sealed class SubmittingAndDeciding
{
    private static async Task<string> CreateHitAsync(MTurkClient requester, string reward = "0.50", int maxAssignments = 1, long autoApproval = 86400) =>
        (await requester.CallAsync("CreateHIT", HitRequests.CreateHit(reward: reward, maxAssignments: maxAssignments).With("AutoApprovalDelayInSeconds", autoApproval)))
            .EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

    private static async Task<string> BalanceAsync(WorkerClient worker) => (await worker.GetAsync("/me")).Body.GetProperty("Balance").GetString()!;

    private static async Task<string> AvailableAsync(MTurkClient requester) =>
        (await requester.CallAsync("GetAccountBalance", new { })).EnsureOk()["AvailableBalance"].GetString()!;

    private static async Task<string> SubmitAsync(WorkerClient worker, string hitId, object answers)
    {
        var assignmentId = await worker.AcceptAsync(hitId);
        var (status, body) = await worker.PostAsync($"/assignments/{assignmentId}/submit", new { answers });
        Assert.True(status == HttpStatusCode.OK, $"Submitting answered {(int)status}: {body}");
        return assignmentId;
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Approved_work_pays_the_worker_the_reward_and_the_platform_its_commission(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("10.00");
        var worker = await app.NewWorkerClientAsync();
        var hitId = await CreateHitAsync(requester, reward: "0.50");

        var assignmentId = await SubmitAsync(worker, hitId, new { colour = "red" });
        var hit = (await requester.CallAsync("GetHIT", new { HITId = hitId }))["HIT"];
        Assert.Equal("Reviewable", hit.GetProperty("HITStatus").GetString());
        Assert.Equal("0.00", await BalanceAsync(worker));

        await app.ApproveAsync(requester.Requester, assignmentId, "Thanks!");

        Assert.Equal("0.50", await BalanceAsync(worker));
        Assert.Equal("9.40", await AvailableAsync(requester));
        Assert.Equal(1, (await requester.CallAsync("GetHIT", new { HITId = hitId }))["HIT"].GetProperty("NumberOfAssignmentsCompleted").GetInt32());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Rejected_work_returns_the_money_and_an_override_pays_it_from_the_balance(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("10.00");
        var worker = await app.NewWorkerClientAsync();
        var assignmentId = await SubmitAsync(worker, await CreateHitAsync(requester), new { colour = "fast" });

        await app.RejectAsync(requester.Requester, assignmentId, "Not a colour");
        Assert.Equal("10.00", await AvailableAsync(requester));
        Assert.Equal("0.00", await BalanceAsync(worker));
        var twice = await Assert.ThrowsAsync<DomainException>(() => app.RejectAsync(requester.Requester, assignmentId, "again"));
        Assert.Equal("This operation can be called with a status of: Submitted", twice.Message);
        await Assert.ThrowsAsync<DomainException>(() => app.ApproveAsync(requester.Requester, assignmentId));

        await app.ApproveAsync(requester.Requester, assignmentId, "Sorry, you were right", overrideRejection: true);

        Assert.Equal("0.50", await BalanceAsync(worker));
        Assert.Equal("9.40", await AvailableAsync(requester));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Work_nobody_decides_is_approved_and_paid_when_its_auto_approval_time_comes(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("10.00");
        var worker = await app.NewWorkerClientAsync();
        await SubmitAsync(worker, await CreateHitAsync(requester, autoApproval: 3600), new { colour = "blue" });

        app.AdvanceTime(TimeSpan.FromSeconds(3599));
        Assert.Equal(0, await app.AutoApproveDueAssignmentsAsync());
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        await app.AutoApproveDueAssignmentsAsync();

        Assert.Equal("0.50", await BalanceAsync(worker));
        Assert.Equal(1, (await worker.GetAsync("/me")).Body.GetProperty("Approved").GetInt32());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_auto_approval_delay_of_zero_approves_at_submission(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync("10.00");
        var worker = await app.NewWorkerClientAsync();

        await SubmitAsync(worker, await CreateHitAsync(requester, autoApproval: 0), new { colour = "green" });

        Assert.Equal("0.50", await BalanceAsync(worker));
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Work_cannot_be_submitted_twice_or_after_the_deadline()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var assignmentId = await SubmitAsync(worker, await CreateHitAsync(requester, maxAssignments: 2), new { colour = "red" });
        var late = await worker.AcceptAsync(await CreateHitAsync(requester));

        var (again, _) = await worker.PostAsync($"/assignments/{assignmentId}/submit", new { answers = new { colour = "blue" } });
        app.AdvanceTime(TimeSpan.FromSeconds(601));
        var (overdue, problem) = await worker.PostAsync($"/assignments/{late}/submit", new { answers = new { colour = "blue" } });

        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(HttpStatusCode.Conflict, overdue);
        Assert.Contains("deadline", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requester_cannot_decide_another_requesters_work_or_work_still_in_progress()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var alice = await app.NewRequesterClientAsync();
        var bob = await app.CreateRequesterAsync();
        var worker = await app.NewWorkerClientAsync();
        var submitted = await SubmitAsync(worker, await CreateHitAsync(alice, maxAssignments: 2), new { colour = "red" });
        var inProgress = await worker.AcceptAsync(await CreateHitAsync(alice));

        var foreign = await Assert.ThrowsAsync<DomainException>(() => app.ApproveAsync(bob, submitted));
        var unfinished = await Assert.ThrowsAsync<DomainException>(() => app.ApproveAsync(alice.Requester, inProgress));

        Assert.Equal(ErrorCode.AssignmentDoesNotExist, foreign.Code);
        Assert.Equal(ErrorCode.InvalidAssignmentState, unfinished.Code);
        Assert.Equal("This operation can be called with a status of: Submitted", unfinished.Message);
    }
}
