using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>ListQualificationRequests, AcceptQualificationRequest and RejectQualificationRequest (mturk-compat §9.6, §11.3).</summary>
public sealed class DecidingQualificationRequests
{
    private static async Task<List<string>> PendingAsync(MTurkClient client, string? type = null) =>
        (await client.CallAsync("ListQualificationRequests", type is null ? new { } : new { QualificationTypeId = type })).EnsureOk()["QualificationRequests"]
            .EnumerateArray().Select(r => r.GetProperty("QualificationRequestId").GetString()!).ToList();

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_pending_request_is_listed_with_the_test_the_worker_took_and_their_answers(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create().With("Test", QualificationTypeRequests.Test).With("TestDurationInSeconds", 600));
        var id = await app.SubmitQualificationRequestAsync(worker, type, QualificationTypeRequests.Answer);

        var listed = (await client.CallAsync("ListQualificationRequests", new { QualificationTypeId = type })).EnsureOk();

        Assert.Equal(1, listed["NumResults"].GetInt32());
        var request = listed["QualificationRequests"][0];
        Assert.Equal(id, request.GetProperty("QualificationRequestId").GetString());
        Assert.Equal(type, request.GetProperty("QualificationTypeId").GetString());
        Assert.Equal(worker.Id.Value, request.GetProperty("WorkerId").GetString());
        Assert.Equal(QualificationTypeRequests.Test, request.GetProperty("Test").GetString());
        Assert.Equal(QualificationTypeRequests.Answer, request.GetProperty("Answer").GetString());
        Assert.Equal(KempelenApp.Start.ToUnixTimeSeconds(), request.GetProperty("SubmitTime").GetDouble());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Accepting_grants_the_value_and_the_request_disappears(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var alice = await app.CreateWorkerAsync();
        var bob = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync();
        var alicesRequest = await app.SubmitQualificationRequestAsync(alice, type);
        var bobsRequest = await app.SubmitQualificationRequestAsync(bob, type);

        (await client.CallAsync("AcceptQualificationRequest", new { QualificationRequestId = alicesRequest, IntegerValue = 90 })).EnsureOk();
        (await client.CallAsync("AcceptQualificationRequest", new { QualificationRequestId = bobsRequest })).EnsureOk();

        Assert.Empty(await PendingAsync(client));
        var alices = (await client.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = alice.Id.Value })).EnsureOk()["Qualification"];
        var bobs = (await client.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = bob.Id.Value })).EnsureOk()["Qualification"];
        Assert.Equal(90, alices.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(1, bobs.GetProperty("IntegerValue").GetInt32());
        (await client.CallAsync("AcceptQualificationRequest", new { QualificationRequestId = alicesRequest }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationRequestDoesNotExist");
        (await client.CallAsync("RejectQualificationRequest", new { QualificationRequestId = alicesRequest }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationRequestDoesNotExist");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Rejecting_removes_the_request_without_granting(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync();
        var request = await app.SubmitQualificationRequestAsync(worker, type);

        var tooLong = (await client.CallAsync("RejectQualificationRequest", new { QualificationRequestId = request, Reason = new string('x', 1025) }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        (await client.CallAsync("RejectQualificationRequest", new { QualificationRequestId = request, Reason = "Not enough experience." })).EnsureOk();

        Assert.Equal("Reason", tooLong["Parameter"].GetString());

        Assert.Empty(await PendingAsync(client, type));
        (await client.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = worker.Id.Value }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationDoesNotExist");
        (await client.CallAsync("AcceptQualificationRequest", new { QualificationRequestId = request }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationRequestDoesNotExist");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_requesters_requests_are_invisible_and_cannot_be_decided(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var owner = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await owner.CreateQualificationTypeAsync();
        var request = await app.SubmitQualificationRequestAsync(worker, type);

        Assert.Empty(await PendingAsync(other));
        (await other.CallAsync("ListQualificationRequests", new { QualificationTypeId = type })).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
        var refusal = (await other.CallAsync("AcceptQualificationRequest", new { QualificationRequestId = request }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationRequestDoesNotExist");
        (await other.CallAsync("RejectQualificationRequest", new { QualificationRequestId = request }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationRequestDoesNotExist");

        Assert.StartsWith($"QualificationRequest {request} does not exist.", refusal.Message, StringComparison.Ordinal);
        Assert.Equal([request], await PendingAsync(owner));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Requests_are_paged_oldest_first_across_the_callers_types(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var first = await client.CreateQualificationTypeAsync();
        var second = await client.CreateQualificationTypeAsync();
        var submitted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            submitted.Add(await app.SubmitQualificationRequestAsync(await app.CreateWorkerAsync(), i % 2 == 0 ? first : second));
            app.AdvanceTime(TimeSpan.FromSeconds(1));
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = (await client.CallAsync("ListQualificationRequests", token is null ? new { MaxResults = 2 } : (object)new { MaxResults = 2, NextToken = token })).EnsureOk();
            seen.AddRange(page["QualificationRequests"].EnumerateArray().Select(r => r.GetProperty("QualificationRequestId").GetString()!));
            token = page.Body.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(submitted, seen);
        Assert.Equal([submitted[1], submitted[3]], await PendingAsync(client, second));
    }
}
