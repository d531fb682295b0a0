using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Hosting;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// The whole Kempelen web app in-process on a real database, with a fake clock. Tests talk to it through intent
/// methods and signed MTurk calls; they never reach into its container except through the methods below.
/// </summary>
public sealed class KempelenApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private KempelenApp(WebApplication app, FakeTimeProvider time, StorageOptions storage)
    {
        _app = app;
        Time = time;
        Storage = storage;
    }

    public FakeTimeProvider Time { get; }

    public StorageOptions Storage { get; }

    public static async Task<KempelenApp> StartAsync(Database database, IDictionary<string, string?>? settings = null)
    {
        var storage = Databases.Fresh(database);
        var time = new FakeTimeProvider(Start);
        var app = KempelenWeb.Build(storage, "http://127.0.0.1:0", builder =>
        {
            builder.WebHost.UseTestServer();
            // Tests run the timed jobs themselves (SettleExpiredHitsAsync, …) so that what happens when is decided
            // by the test; races between jobs are tested explicitly in Storage/Races.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Kempelen:Timers:RunInBackground"] = "false" });
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        });
        await app.Services.PrepareStorageAsync(TestContext.Current.CancellationToken);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new KempelenApp(app, time, storage);
    }

    public async Task<TestRequester> CreateRequesterAsync(string balance = "100.00", string name = "Test Lab")
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateRequester>()
            .ExecuteAsync(name, Money.Parse(balance, "balance"), TestContext.Current.CancellationToken);
        return new TestRequester(created.RequesterId, created.AccessKeyId, created.SecretAccessKey);
    }

    /// <summary>An account signed up in the app and made a requester, for the requester app's pages.</summary>
    public Task<TestWebRequester> CreateWebRequesterAsync(string balance = "100.00") => TestWebRequester.CreateAsync(_app.Services, balance);

    public async Task<MTurkClient> NewRequesterClientAsync(string balance = "100.00") =>
        ClientFor(await CreateRequesterAsync(balance));

    public async Task<TestWorker> CreateWorkerAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var registered = await scope.ServiceProvider.GetRequiredService<RegisterWorker>()
            .ExecuteAsync($"worker-{Guid.NewGuid():N}@example.org", "correct horse battery", TestContext.Current.CancellationToken);
        return new TestWorker(registered.WorkerId, registered.ApiToken);
    }

    public async Task<WorkerClient> NewWorkerClientAsync() => WorkerClientFor(await CreateWorkerAsync());

    public WorkerClient WorkerClientFor(TestWorker worker) => new(_app.GetTestClient(), worker);

    /// <summary>Runs the assignment timers now, as their timer would.</summary>
    public Task<int> AbandonOverdueAssignmentsAsync() =>
        _app.Services.GetRequiredService<AssignmentTimers>().AbandonOverdueAsync(TestContext.Current.CancellationToken);

    /// <summary>Runs auto-approval now, as the assignment timers would.</summary>
    public Task<int> AutoApproveDueAssignmentsAsync() =>
        _app.Services.GetRequiredService<AssignmentTimers>().ApproveDueAsync(TestContext.Current.CancellationToken);

    // ApproveAssignment and RejectAssignment are not on the MTurk endpoint yet (issue 3 continues); until they
    // are, tests decide work through the same use cases the operations will call.
    public async Task ApproveAsync(TestRequester requester, string assignmentId, string? feedback = null, bool overrideRejection = false)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApproveAssignment>()
            .ExecuteAsync(requester.Id, assignmentId, feedback, overrideRejection, TestContext.Current.CancellationToken);
    }

    public async Task RejectAsync(TestRequester requester, string assignmentId, string feedback)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RejectAssignment>()
            .ExecuteAsync(requester.Id, assignmentId, feedback, TestContext.Current.CancellationToken);
    }

    public MTurkClient ClientFor(TestRequester requester) => new(_app.GetTestClient(), requester, Time);

    public HttpClient HttpClient() => _app.GetTestClient();

    /// <summary>The in-process server's handler, for a client that keeps cookies as a browser does (WebSession).</summary>
    public HttpMessageHandler ServerHandler() => _app.GetTestServer().CreateHandler();

    public void AdvanceTime(TimeSpan by) => Time.Advance(by);

    /// <summary>Runs the expiry job now, as its timer would.</summary>
    public Task<int> SettleExpiredHitsAsync() =>
        _app.Services.GetRequiredService<HitExpiry>().RunDueAsync(TestContext.Current.CancellationToken);

    /// <summary>Runs the disposal of deleted qualification types now, as its timer would.</summary>
    public Task<int> FinishQualificationTypeDisposalsAsync() =>
        _app.Services.GetRequiredService<QualificationTypeDisposal>().RunDueAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// The worker asks for a qualification and the request waits for the owner: handed in with answers to the
    /// type's test when <paramref name="answer"/> is given. Workers ask through the worker app, which is built apart
    /// from the requester operations under test; this writes the request as the domain makes it.
    /// </summary>
    public async Task<string> SubmitQualificationRequestAsync(TestWorker worker, string qualificationTypeId, string? answer = null)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var now = Time.GetUtcNow().UtcDateTime.ToTheMillisecond();
        var type = await db.QualificationTypes.SingleAsync(t => t.Id == QualificationTypeId.From(qualificationTypeId), TestContext.Current.CancellationToken);
        QualificationRequest request;
        if (answer is null)
        {
            request = QualificationRequest.Submit(type.Id, worker.Id, now);
        }
        else
        {
            request = QualificationRequest.StartTest(type, worker.Id, now);
            request.HandIn(answer, now);
        }

        db.QualificationRequests.Add(request);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return request.Id.Value;
    }

    /// <summary>A fresh database context for assertions; the caller disposes the scope.</summary>
    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    /// <summary>What every scenario ends by checking: the ledger balances and the group listings agree with the HITs.</summary>
    public async Task AssertInvariantsAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        await LedgerAssertions.AssertBalancedAsync(db);
        await ListingAssertions.AssertAgreeWithHitsAsync(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await DropAsync();
    }

    private async Task DropAsync()
    {
        if (Storage.Provider == DatabaseProvider.Postgres)
        {
            // Closing this test's pooled connections first keeps the drop from having to terminate them.
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var scope = new ServiceCollection().AddLogging().AddStorage(Storage).BuildServiceProvider().CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KempelenDb>().Database.EnsureDeletedAsync();
        }
        else if (Directory.Exists(Storage.DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Storage.DataDirectory, recursive: true);
        }
    }
}
