using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hosting;
using Kempelen.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// The Kempelen web app on a real loopback socket, for a real browser: the app at http://localhost:PORT and the
/// task origin at http://task.localhost:PORT (browsers resolve *.localhost to loopback). SQLite and a fake clock
/// that stands still unless a test moves it, as in <see cref="KempelenApp"/>.
/// </summary>
public sealed class ServedKempelen : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServedKempelen(WebApplication app, FakeTimeProvider time, StorageOptions storage, int port)
    {
        _app = app;
        Time = time;
        Storage = storage;
        AppUrl = $"http://localhost:{port}";
        TaskOrigin = $"http://task.localhost:{port}";
    }

    public FakeTimeProvider Time { get; }

    public StorageOptions Storage { get; }

    public string AppUrl { get; }

    public string TaskOrigin { get; }

    public static async Task<ServedKempelen> StartAsync()
    {
        var storage = Databases.Fresh(Database.Sqlite);
        // Starts at the real time so that real clients (boto3) sign within the ±15 minutes SigV4 allows; from there
        // on the clock moves only when a test says so.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var app = KempelenWeb.Build(storage, "http://127.0.0.1:0", builder => builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        await app.Services.PrepareStorageAsync(TestContext.Current.CancellationToken);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ServedKempelen(app, time, storage, new Uri(address).Port);
    }

    /// <summary>Requests made by real clients over the socket carry the real time; keep the server's clock near it.</summary>
    public string Endpoint => AppUrl;

    public async Task<MTurkClient> NewRequesterClientAsync(string balance = "100.00")
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateRequester>()
            .ExecuteAsync("Browser Lab", Money.Parse(balance, "balance"), TestContext.Current.CancellationToken);
        var http = new HttpClient { BaseAddress = new Uri(AppUrl) };
        return new MTurkClient(http, new TestRequester(created.RequesterId, created.AccessKeyId, created.SecretAccessKey), Time);
    }

    /// <summary>An account signed up in the app and made a requester, for the requester app's pages.</summary>
    public Task<TestWebRequester> CreateWebRequesterAsync(string balance = "100.00") => TestWebRequester.CreateAsync(_app.Services, balance);

    /// <summary>The server's services, for setting up what the test is not about; the caller disposes the scope.</summary>
    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    /// <summary>The worker's assignments and their stored answers, newest first; for assertions only.</summary>
    public async Task<IReadOnlyList<(string AssignmentId, AssignmentStatus Status, string? Answer)>> AssignmentsOfHitAsync(string hitId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var id = Kempelen.Hits.HitId.From(hitId);
        var rows = await scope.ServiceProvider.GetRequiredService<KempelenDb>().Assignments.AsNoTracking()
            .Where(a => a.HitId == id)
            .OrderByDescending(a => a.AcceptTime)
            .Select(a => new { a.Id, a.Status, a.Answer })
            .ToListAsync(TestContext.Current.CancellationToken);
        return rows.Select(r => (r.Id.Value, r.Status, r.Answer)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Storage.DataDirectory))
        {
            Directory.Delete(Storage.DataDirectory, recursive: true);
        }
    }
}
