using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hosting;
using Kempelen.Qualifications;
using Kempelen.Storage;

namespace Kempelen.Bench;

/// <summary>
/// Issue 4's goal: the worker API's HIT-group page for a worker holding 50 qualifications, over HITs in groups
/// that each require 1 to 3 of them, against the same search over the same HITs and groups without requirements,
/// in the same run. One group in ten requires a value the worker lacks and hides itself from workers who fail
/// it (DiscoverPreviewAndAccept), so the search must filter as it pages.
/// </summary>
public static class RequirementSearch
{
    private const int QualificationTypes = 50;
    private const int WorkerValue = 80;

    public static async Task RunAsync(string folder, string question, int hits, int groups, int requests, int concurrency)
    {
        var plain = await MeasureAsync(Path.Combine(folder, "plain"), question, hits, groups, requests, concurrency, withRequirements: false);
        var guarded = await MeasureAsync(Path.Combine(folder, "guarded"), question, hits, groups, requests, concurrency, withRequirements: true);
        Console.WriteLine();
        Console.WriteLine(LoadResult.Header);
        Console.WriteLine(plain.Row(null));
        Console.WriteLine(guarded.Row(plain));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"groups page with requirements, p99 / without : {guarded.Percentile(0.99) / plain.Percentile(0.99):F2}× (goal ≤ 2×)"));
    }

    private static async Task<LoadResult> MeasureAsync(string dataDirectory, string question, int hits, int groups, int requests, int concurrency, bool withRequirements)
    {
        var storage = new StorageOptions(DatabaseProvider.Sqlite, dataDirectory, null);
        var app = KempelenWeb.Build(storage, "http://127.0.0.1:0", builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.Services.PrepareStorageAsync(CancellationToken.None);
        await app.StartAsync();
        try
        {
            var (requester, workerToken, types) = await PrepareAsync(app.Services);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(app.Urls.First()) };
            var client = new SignedMTurkClient(http, requester.AccessKeyId, requester.SecretAccessKey);
            var seed = await LoadGenerator.RunAsync(withRequirements ? "seed with requirements" : "seed without requirements", hits, concurrency, i =>
                client.SucceedsAsync("CreateHIT", JsonSerializer.SerializeToUtf8Bytes(HitRequest(i % groups, question, withRequirements ? types : null))));
            if (seed.Failures > 0)
            {
                throw new InvalidOperationException($"{seed.Failures} HITs could not be created.");
            }

            string[] sorts = ["Newest", "Reward", "MostAvailable"];
            return await LoadGenerator.RunAsync(withRequirements ? "groups page, 1–3 requirements each" : "groups page, no requirements", requests, concurrency, async i =>
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"/api/worker/v1/hit-groups?sort={sorts[i % 3]}&page={1 + (i / 3 % 5)}");
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workerToken);
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                return response.IsSuccessStatusCode;
            });
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>A requester with 50 qualification types, and a worker holding all 50 at <see cref="WorkerValue"/>.</summary>
    private static async Task<(CreateRequester.Created Requester, string WorkerToken, string[] Types)> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var requester = await provider.GetRequiredService<CreateRequester>().ExecuteAsync("Bench", new Money(1_000_000_000), CancellationToken.None);
        var worker = await provider.GetRequiredService<RegisterWorker>().ExecuteAsync($"bench-{Guid.NewGuid():N}@example.org", "correct horse battery", CancellationToken.None);
        var db = provider.GetRequiredService<KempelenDb>();
        var time = provider.GetRequiredService<TimeProvider>();
        var grant = provider.GetRequiredService<GrantQualification>();
        var types = new string[QualificationTypes];
        for (var i = 0; i < QualificationTypes; i++)
        {
            var type = QualificationType.Create(
                requester.RequesterId,
                new QualificationTypeTerms($"Skill {i}", "A bench skill", null, null, null, null, null, null, null, null),
                time.UtcNowToTheMillisecond());
            db.QualificationTypes.Add(type);
            await db.SaveChangesAsync();
            await grant.ExecuteAsync(type.Id, worker.WorkerId, WorkerValue, CancellationToken.None);
            await db.SaveChangesAsync();
            types[i] = type.Id.Value;
        }

        return (requester, worker.ApiToken, types);
    }

    private static Dictionary<string, object> HitRequest(int group, string question, string[]? types)
    {
        var request = new Dictionary<string, object>
        {
            ["Title"] = string.Create(CultureInfo.InvariantCulture, $"Label the image (set {group})"),
            ["Description"] = "Choose the label that fits",
            ["Reward"] = string.Create(CultureInfo.InvariantCulture, $"0.{5 + (group % 90):D2}"),
            ["MaxAssignments"] = 3,
            ["LifetimeInSeconds"] = 86400,
            ["AssignmentDurationInSeconds"] = 600,
            ["Question"] = question,
        };
        if (types is not null)
        {
            var lacking = group % 10 == 0;
            request["QualificationRequirements"] = Enumerable.Range(0, 1 + (group % 3)).Select(k => new Dictionary<string, object>
            {
                ["QualificationTypeId"] = types[((group * 7) + (k * 13)) % types.Length],
                ["Comparator"] = "GreaterThanOrEqualTo",
                ["IntegerValues"] = new[] { lacking && k == 0 ? WorkerValue + 10 : WorkerValue - 30 },
                ["ActionsGuarded"] = "DiscoverPreviewAndAccept",
            }).ToList();
        }

        return request;
    }
}
