using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>CreateWorkerBlock, DeleteWorkerBlock and ListWorkerBlocks: a requester shuts one worker out of all their HITs.</summary>
public sealed class BlockingWorkers
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_blocked_worker_cannot_accept_the_requesters_HITs_until_unblocked(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var hit = (await client.CallAsync("CreateHIT", HitRequests.CreateHit())).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;
        var othersHit = (await other.CallAsync("CreateHIT", HitRequests.CreateHit())).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

        (await client.CallAsync("CreateWorkerBlock", new { WorkerId = worker.Worker.Id.Value, Reason = "Copied answers." })).EnsureOk();

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync($"/hits/{hit}/accept")).Status);
        await worker.AcceptAsync(othersHit);
        (await client.CallAsync("DeleteWorkerBlock", new { WorkerId = worker.Worker.Id.Value, Reason = "Appeal upheld." })).EnsureOk();
        await worker.AcceptAsync(hit);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Blocks_are_listed_in_pages_and_blocking_again_replaces_the_reason(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var blocked = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var worker = await app.CreateWorkerAsync();
            (await client.CallAsync("CreateWorkerBlock", new { WorkerId = worker.Id.Value, Reason = "Spam." })).EnsureOk();
            blocked.Add(worker.Id.Value);
        }

        (await client.CallAsync("CreateWorkerBlock", new { WorkerId = blocked[2], Reason = "Spam, twice." })).EnsureOk();

        var seen = new Dictionary<string, string>();
        string? token = null;
        do
        {
            var page = (await client.CallAsync("ListWorkerBlocks", token is null ? new { MaxResults = 2 } : (object)new { MaxResults = 2, NextToken = token })).EnsureOk();
            Assert.Equal(page["WorkerBlocks"].GetArrayLength(), page["NumResults"].GetInt32());
            foreach (var block in page["WorkerBlocks"].EnumerateArray())
            {
                seen.Add(block.GetProperty("WorkerId").GetString()!, block.GetProperty("Reason").GetString()!);
            }

            token = page.Body.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(blocked.Order(StringComparer.Ordinal), seen.Keys);
        Assert.Equal("Spam, twice.", seen[blocked[2]]);
        Assert.Equal(0, (await other.CallAsync("ListWorkerBlocks", new { })).EnsureOk()["NumResults"].GetInt32());
    }

    [Fact]
    public async Task Unblocking_a_worker_who_is_not_blocked_says_the_WorkerId_is_invalid()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        (await other.CallAsync("CreateWorkerBlock", new { WorkerId = worker.Id.Value, Reason = "Spam." })).EnsureOk();

        var notBlocked = (await client.CallAsync("DeleteWorkerBlock", new { WorkerId = worker.Id.Value })).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");
        var unknown = (await client.CallAsync("DeleteWorkerBlock", new { WorkerId = "ANOBODY00000001" })).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.StartsWith("WorkerId is invalid.", notBlocked.Message, StringComparison.Ordinal);
        Assert.StartsWith("WorkerId is invalid.", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await other.CallAsync("ListWorkerBlocks", new { })).EnsureOk()["NumResults"].GetInt32());
    }

    [Fact]
    public async Task A_block_needs_a_reason_and_a_worker_who_exists()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();

        var empty = (await client.CallAsync("CreateWorkerBlock", new { WorkerId = worker.Id.Value, Reason = "" })).EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        (await client.CallAsync("CreateWorkerBlock", new { WorkerId = worker.Id.Value })).EnsureError("ValidationException");
        var unknown = (await client.CallAsync("CreateWorkerBlock", new { WorkerId = "ANOBODY00000001", Reason = "Spam." })).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.Equal("Reason", empty["Parameter"].GetString());
        Assert.StartsWith("WorkerId is invalid.", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await client.CallAsync("ListWorkerBlocks", new { })).EnsureOk()["NumResults"].GetInt32());
    }
}
