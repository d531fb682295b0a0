using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>
/// DeleteQualificationType (mturk-compat §9.5): the disposal job finishes a deletion once no HIT requiring the type
/// is left undeleted; until then the type refuses every operation and its name stays taken.
/// </summary>
public sealed class DeletingQualificationTypes
{
    private const string BeingDeleted = "This operation can be called with a status of: Active,Inactive";

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_deleted_type_refuses_everything_until_disposal_frees_its_name(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var worker = await app.CreateWorkerAsync();
        var type = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision"));
        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value })).EnsureOk();

        (await client.CallAsync("DeleteQualificationType", new { QualificationTypeId = type })).EnsureOk();

        var refusals = new[]
        {
            await client.CallAsync("GetQualificationType", new { QualificationTypeId = type }),
            await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = type, Description = "d" }),
            await client.CallAsync("DeleteQualificationType", new { QualificationTypeId = type }),
            await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value }),
            await client.CallAsync("DisassociateQualificationFromWorker", new { QualificationTypeId = type, WorkerId = worker.Id.Value }),
            await client.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = worker.Id.Value }),
            await client.CallAsync("ListWorkersWithQualificationType", new { QualificationTypeId = type }),
            await client.CallAsync("ListQualificationRequests", new { QualificationTypeId = type }),
            await client.CallAsync("ListHITsForQualificationType", new { QualificationTypeId = type }),
            await client.CallAsync("CreateHIT", HitRequests.CreateHit().With("QualificationRequirements", new[] { new { QualificationTypeId = type, Comparator = "Exists" } })),
        };
        Assert.All(refusals, r => Assert.StartsWith(BeingDeleted, r.EnsureError("RequestError", "AWS.MechanicalTurk.InvalidQualificationTypeState").Message, StringComparison.Ordinal));
        (await client.CallAsync("CreateQualificationType", QualificationTypeRequests.Create("colour VISION"))).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeAlreadyExists");
        Assert.DoesNotContain(type, (await client.CallAsync("ListQualificationTypes", new { MustBeRequestable = true })).EnsureOk()["QualificationTypes"].EnumerateArray().Select(t => t.GetProperty("QualificationTypeId").GetString()));

        Assert.Equal(1, await app.FinishQualificationTypeDisposalsAsync());

        (await client.CallAsync("GetQualificationType", new { QualificationTypeId = type })).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");
        (await client.CallAsync("GetQualificationScore", new { QualificationTypeId = type, WorkerId = worker.Id.Value }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");
        Assert.NotEqual(type, await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision")));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_rejects_the_pending_requests(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var type = await client.CreateQualificationTypeAsync();
        var kept = await client.CreateQualificationTypeAsync();
        var rejected = await app.SubmitQualificationRequestAsync(await app.CreateWorkerAsync(), type);
        var pending = await app.SubmitQualificationRequestAsync(await app.CreateWorkerAsync(), kept);

        (await client.CallAsync("DeleteQualificationType", new { QualificationTypeId = type })).EnsureOk();

        var listed = (await client.CallAsync("ListQualificationRequests", new { })).EnsureOk()["QualificationRequests"].EnumerateArray().Select(r => r.GetProperty("QualificationRequestId").GetString());
        Assert.Equal([pending], listed);
        (await client.CallAsync("AcceptQualificationRequest", new { QualificationRequestId = rejected })).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationRequestDoesNotExist");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Disposal_waits_until_every_HIT_requiring_the_type_is_deleted_while_grants_keep_working(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var type = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision"));
        var mine = await client.CreateHitRequiringAsync(type, lifetime: 3600);
        var theirs = await other.CreateHitRequiringAsync(type, lifetime: 7200);
        (await client.CallAsync("AssociateQualificationWithWorker", new { QualificationTypeId = type, WorkerId = worker.Worker.Id.Value })).EnsureOk();
        (await client.CallAsync("DeleteQualificationType", new { QualificationTypeId = type })).EnsureOk();

        Assert.Equal(0, await app.FinishQualificationTypeDisposalsAsync());
        await worker.AcceptAsync(mine);

        app.AdvanceTime(TimeSpan.FromHours(3));
        await app.SettleExpiredHitsAsync();
        await app.AbandonOverdueAssignmentsAsync();
        Assert.Equal(0, await app.FinishQualificationTypeDisposalsAsync());
        (await client.CallAsync("DeleteHIT", new { HITId = mine })).EnsureOk();
        Assert.Equal(0, await app.FinishQualificationTypeDisposalsAsync());
        (await other.CallAsync("DeleteHIT", new { HITId = theirs })).EnsureOk();

        Assert.Equal(1, await app.FinishQualificationTypeDisposalsAsync());
        await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision"));
        Assert.Equal(0, await app.FinishQualificationTypeDisposalsAsync());
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Only_the_owner_deletes_a_type_and_nobody_deletes_a_system_type()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var owner = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var type = await owner.CreateQualificationTypeAsync();

        (await other.CallAsync("DeleteQualificationType", new { QualificationTypeId = type })).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
        (await other.CallAsync("DeleteQualificationType", new { QualificationTypeId = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH" })).EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
        (await other.CallAsync("DeleteQualificationType", new { QualificationTypeId = "3" + new string('Q', 29) })).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");

        (await owner.CallAsync("GetQualificationType", new { QualificationTypeId = type })).EnsureOk();
    }
}
