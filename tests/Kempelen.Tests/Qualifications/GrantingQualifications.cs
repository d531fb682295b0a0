using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>
/// AssociateQualificationWithWorker, DisassociateQualificationFromWorker, GetQualificationScore and
/// ListWorkersWithQualificationType (mturk-compat §9.6): the owner grants, revokes and reads values.
/// </summary>
public sealed class GrantingQualifications
{
    private static async Task<MTurkResponse> ScoreAsync(MTurkClient client, string type, TestWorker worker) =>
        await client.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = worker.Id.Value });

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_grant_has_the_value_one_unless_given_and_a_second_grant_overwrites_it(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync();

        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value, SendNotification = false })).EnsureOk();
        var first = (await ScoreAsync(client, type, worker)).EnsureOk()["Qualification"];
        app.AdvanceTime(TimeSpan.FromMinutes(1));
        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value, IntegerValue = 85 })).EnsureOk();
        var second = (await ScoreAsync(client, type, worker)).EnsureOk()["Qualification"];

        Assert.Equal(type, first.GetProperty("QualificationTypeId").GetString());
        Assert.Equal(worker.Id.Value, first.GetProperty("WorkerId").GetString());
        Assert.Equal(1, first.GetProperty("IntegerValue").GetInt32());
        Assert.Equal("Granted", first.GetProperty("Status").GetString());
        Assert.Equal(KempelenApp.Start.ToUnixTimeSeconds(), first.GetProperty("GrantTime").GetDouble());
        Assert.False(first.TryGetProperty("LocaleValue", out _));
        Assert.Equal(85, second.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(KempelenApp.Start.AddMinutes(1).ToUnixTimeSeconds(), second.GetProperty("GrantTime").GetDouble());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Racing_first_grants_to_one_worker_leave_one_qualification(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync();

        // One grant inserts and the others overwrite it; each round of conflicting overwrites lets one through, so
        // four racers finish well within ConflictRetry's attempts.
        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(value =>
            client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value, IntegerValue = value })));

        Assert.All(answers, a => a.EnsureOk());
        var listed = (await client.CallAsync("ListWorkersWithQualificationType", new { QualificationTypeId = type })).EnsureOk();
        Assert.Equal(1, listed["NumResults"].GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_granted_qualification_lets_the_worker_accept_a_HIT_that_requires_it_and_revoking_takes_that_away(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var type = await client.CreateQualificationTypeAsync();
        var first = await client.CreateHitRequiringAsync(type);
        var second = await client.CreateHitRequiringAsync(type);

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync($"/hits/{first}/accept")).Status);
        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Worker.Id.Value })).EnsureOk();
        await worker.AcceptAsync(first);
        (await client.CallAsync("DisassociateQualificationFromWorker", new { QualificationTypeId = type, WorkerId = worker.Worker.Id.Value, Reason = "Too many mistakes." })).EnsureOk();

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync($"/hits/{second}/accept")).Status);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_revoked_qualification_has_no_score_until_it_is_granted_again(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync();
        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value, IntegerValue = 3 })).EnsureOk();
        (await client.CallAsync("DisassociateQualificationFromWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value })).EnsureOk();

        var refusal = (await ScoreAsync(client, type, worker)).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidQualificationState");
        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value, IntegerValue = 4 })).EnsureOk();

        Assert.StartsWith("This operation can be called with a status of: Granted", refusal.Message, StringComparison.Ordinal);
        var regranted = (await ScoreAsync(client, type, worker)).EnsureOk()["Qualification"];
        Assert.Equal("Granted", regranted.GetProperty("Status").GetString());
        Assert.Equal(4, regranted.GetProperty("IntegerValue").GetInt32());
    }

    [Fact]
    public async Task A_qualification_never_held_does_not_exist()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync();

        var score = (await ScoreAsync(client, type, worker)).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationDoesNotExist");
        (await client.CallAsync("DisassociateQualificationFromWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationDoesNotExist");

        Assert.StartsWith("You requested a Qualification that does not exist.", score.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grant_to_a_worker_who_does_not_exist_is_refused_naming_the_WorkerId()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var type = await client.CreateQualificationTypeAsync();

        var refusal = (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = "ANOBODY00000001" }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.StartsWith("WorkerId is invalid.", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ANOBODY00000001", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_the_owner_grants_revokes_scores_and_lists_and_nobody_grants_a_system_type(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var owner = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await owner.CreateQualificationTypeAsync();
        (await owner.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value })).EnsureOk();

        foreach (var id in new[] { type, "000000000000000000L0", "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH" })
        {
            var ids = new { QualificationTypeId = id, WorkerId = worker.Id.Value };
            (await other.CallAsync("AssociateQualificationWithWorker", ids)).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
            (await other.CallAsync("DisassociateQualificationFromWorker", ids)).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
            (await other.CallAsync("GetQualificationScore", ids)).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
            (await other.CallAsync("ListWorkersWithQualificationType", new { QualificationTypeId = id })).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
        }

        Assert.Equal(1, (await ScoreAsync(owner, type, worker)).EnsureOk()["Qualification"].GetProperty("IntegerValue").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Workers_are_listed_by_status_in_pages_each_once(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var type = await client.CreateQualificationTypeAsync();
        var granted = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var worker = await app.CreateWorkerAsync();
            (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value, IntegerValue = i })).EnsureOk();
            granted.Add(worker.Id.Value);
        }

        var revoked = granted[3];
        (await client.CallAsync("DisassociateQualificationFromWorker", new { QualificationTypeId = type, WorkerId = revoked })).EnsureOk();
        granted.Remove(revoked);

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = (await client.CallAsync("ListWorkersWithQualificationType", token is null ? new { QualificationTypeId = type, MaxResults = 4 } : (object)new { QualificationTypeId = type, MaxResults = 4, NextToken = token })).EnsureOk();
            Assert.All(page["Qualifications"].EnumerateArray(), q => Assert.Equal("Granted", q.GetProperty("Status").GetString()));
            seen.AddRange(page["Qualifications"].EnumerateArray().Select(q => q.GetProperty("WorkerId").GetString()!));
            token = page.Body.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
        }
        while (token is not null);
        var revokedList = (await client.CallAsync("ListWorkersWithQualificationType", new { QualificationTypeId = type, Status = "Revoked" })).EnsureOk();

        Assert.Equal(granted.Order(StringComparer.Ordinal), seen);
        Assert.Equal([revoked], revokedList["Qualifications"].EnumerateArray().Select(q => q.GetProperty("WorkerId").GetString()));
        Assert.Equal("Revoked", revokedList["Qualifications"][0].GetProperty("Status").GetString());
    }
}
