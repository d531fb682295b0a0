using System.Globalization;
using System.Text;
using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Bench;
using Kempelen.Finance;
using Kempelen.Hosting;
using Kempelen.Storage;

// The API benchmark: signed CreateHIT, GetHIT and ListHITs through the real HTTP endpoint with concurrent
// clients, against baselines measured in the same run on the same machine: a bare endpoint on the same
// Kestrel (fixed JSON, no auth, no storage) and raw SQLite inserts of the same rows. Then the server's memory
// with --hits HITs stored, measured on the real server process. See bench/README.md.
var options = BenchOptions.Parse(args);
var folder = Path.Combine(Path.GetTempPath(), "kempelen-bench-" + Guid.NewGuid().ToString("N")[..8]);
if (options.Only == "batch")
{
    // One area's figures without the half hour of the others, e.g. while tuning it.
    Console.WriteLine($"batch publish and results export only: {options.BatchRows} rows, SQLite, {Environment.ProcessorCount} cores");
    await BatchBench.RunAsync(Path.Combine(folder, "batch"), options.BatchRows);
    Directory.Delete(folder, recursive: true);
    return;
}

var storage = new StorageOptions(DatabaseProvider.Sqlite, Path.Combine(folder, "data"), null);
var question = """<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd"><HTMLContent><![CDATA[<!DOCTYPE html><html><body><form><input name="label"></form></body></html>]]></HTMLContent><FrameHeight>400</FrameHeight></HTMLQuestion>""";
var bareBody = """{"HIT":{"HITId":"3TRB893CSJPTPHN7BSD9FBMB45DG72","HITStatus":"Assignable"}}"""u8.ToArray();

var app = KempelenWeb.Build(storage, "http://127.0.0.1:0", builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
app.MapPost("/bench/bare", () => Results.Bytes(bareBody, "application/x-amz-json-1.1"));
await app.Services.PrepareStorageAsync(CancellationToken.None);
await app.StartAsync();
var baseAddress = new Uri(app.Urls.First());

CreateRequester.Created requester;
await using (var scope = app.Services.CreateAsyncScope())
{
    requester = await scope.ServiceProvider.GetRequiredService<CreateRequester>().ExecuteAsync("Bench", new Money(1_000_000_000), CancellationToken.None);
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency }) { BaseAddress = baseAddress };
var client = new SignedMTurkClient(http, requester.AccessKeyId, requester.SecretAccessKey);
var hitIds = new List<string>();
var createBody = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
{
    ["Title"] = "Label the image",
    ["Description"] = "Choose the label that fits",
    ["Reward"] = "0.05",
    ["MaxAssignments"] = 3,
    ["LifetimeInSeconds"] = 86400,
    ["AssignmentDurationInSeconds"] = 600,
    ["Question"] = question,
});

async Task<bool> CreateHitAsync(int _)
{
    var (ok, json) = await client.CallAsync("CreateHIT", createBody);
    using (json)
    {
        if (ok)
        {
            lock (hitIds)
            {
                hitIds.Add(json.RootElement.GetProperty("HIT").GetProperty("HITId").GetString()!);
            }
        }
    }

    return ok;
}

async Task<bool> BareAsync(int _)
{
    using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"HITId":"3TRB893CSJPTPHN7BSD9FBMB45DG72"}"""));
    using var response = await http.PostAsync("/bench/bare", content);
    await response.Content.ReadAsByteArrayAsync();
    return response.IsSuccessStatusCode;
}

Console.WriteLine($"Kempelen API benchmark: {options.Requests} requests per scenario, {options.Concurrency} concurrent clients, SQLite, {Environment.ProcessorCount} cores");
Console.WriteLine("warming up…");
await LoadGenerator.RunAsync("warm-up bare", 2000, options.Concurrency, BareAsync);
await LoadGenerator.RunAsync("warm-up CreateHIT", 1000, options.Concurrency, CreateHitAsync);

var bare = await LoadGenerator.RunAsync("bare endpoint (baseline)", options.Requests, options.Concurrency, BareAsync);
var create = await LoadGenerator.RunAsync("signed CreateHIT", options.Requests, options.Concurrency, CreateHitAsync);
var ids = hitIds.ToArray();
var get = await LoadGenerator.RunAsync("signed GetHIT", options.Requests, options.Concurrency, i =>
    client.SucceedsAsync("GetHIT", JsonSerializer.SerializeToUtf8Bytes(new { HITId = ids[(i * 7919) % ids.Length] })));
var list = await LoadGenerator.RunAsync("signed ListHITs (10 per page)", options.Requests, options.Concurrency, _ =>
    client.SucceedsAsync("ListHITs", """{"MaxResults":10}"""u8.ToArray()));
var raw = await RawSqliteInserts.RunAsync(Path.Combine(folder, "raw"), options.Requests, question);

Console.WriteLine();
Console.WriteLine(LoadResult.Header);
Console.WriteLine(bare.Row(null));
Console.WriteLine(get.Row(bare));
Console.WriteLine(list.Row(bare));
Console.WriteLine(create.Row(bare));
Console.WriteLine(raw.Row(null));
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GetHIT    / bare : {get.RequestsPerSecond / bare.RequestsPerSecond:P0} (goal ≥ 40%)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ListHITs  / bare : {list.RequestsPerSecond / bare.RequestsPerSecond:P0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CreateHIT / bare : {create.RequestsPerSecond / bare.RequestsPerSecond:P0} (goal ≥ 25%)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CreateHIT / raw SQLite insert : {create.RequestsPerSecond / raw.RequestsPerSecond:P0}"));

if (options.Cycles > 0)
{
    // Issue 3's goal: worker accept+submit cycles against the bare endpoint at the same concurrency.
    var cycleBody = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["Title"] = "Label the animal",
        ["Description"] = "Cat or dog?",
        ["Reward"] = "0.05",
        ["MaxAssignments"] = 9,
        ["LifetimeInSeconds"] = 86400,
        ["AssignmentDurationInSeconds"] = 600,
        ["AutoApprovalDelayInSeconds"] = 86400,
        ["Question"] = question,
    });
    string? group = null;
    await LoadGenerator.RunAsync("cycle HITs", (options.Cycles / 9) + options.Workers, options.Concurrency, async _ =>
    {
        var (ok, json) = await client.CallAsync("CreateHIT", cycleBody);
        using (json)
        {
            group ??= ok ? json.RootElement.GetProperty("HIT").GetProperty("HITGroupId").GetString() : null;
        }

        return ok;
    });
    using var workerHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Workers }) { BaseAddress = baseAddress };
    var bareAtWorkers = await LoadGenerator.RunAsync($"bare endpoint ({options.Workers} clients)", options.Cycles, options.Workers, async _ =>
    {
        using var content = new ByteArrayContent("{}"u8.ToArray());
        using var response = await workerHttp.PostAsync("/bench/bare", content);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    });
    var (cycles, accepts) = await WorkerCycles.RunAsync(app.Services, baseAddress, group!, options.Cycles, options.Workers);
    Console.WriteLine();
    Console.WriteLine(LoadResult.Header);
    Console.WriteLine(bareAtWorkers.Row(null));
    Console.WriteLine(cycles.Row(bareAtWorkers));
    Console.WriteLine(accepts.Row(null));
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cycles/s / bare req/s : {cycles.RequestsPerSecond / bareAtWorkers.RequestsPerSecond:P0} (goal ≥ 20%)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accept p99 / bare p99  : {accepts.Percentile(0.99) / bareAtWorkers.Percentile(0.99):F1}× (goal ≤ 3×)"));
}

if (options.Hits > 0)
{
    var missing = options.Hits - hitIds.Count;
    if (missing > 0)
    {
        Console.WriteLine($"\nstoring {missing} more HITs to reach {options.Hits}…");
        // Spread over 1,000 groups, as a busy marketplace would be, so the group board has groups to sort.
        await LoadGenerator.RunAsync("seed", missing, options.Concurrency, i =>
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["Title"] = string.Create(CultureInfo.InvariantCulture, $"Label the image (set {i % 1000})"),
                ["Description"] = "Choose the label that fits",
                ["Reward"] = string.Create(CultureInfo.InvariantCulture, $"0.{5 + (i % 90):D2}"),
                ["MaxAssignments"] = 3,
                ["LifetimeInSeconds"] = 86400,
                ["AssignmentDurationInSeconds"] = 600,
                ["Question"] = question,
            });
            return client.SucceedsAsync("CreateHIT", body);
        });
    }

    string workerToken;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        workerToken = (await scope.ServiceProvider.GetRequiredService<RegisterWorker>()
            .ExecuteAsync($"bench-{Guid.NewGuid():N}@example.org", "correct horse battery", CancellationToken.None)).ApiToken;
    }

    await app.StopAsync();
    await app.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    await ServerMemory.MeasureAsync(storage.DataDirectory, requester, workerToken, hitIds.ToArray(), Math.Max(options.Hits, hitIds.Count), options.Concurrency);
}
else
{
    await app.StopAsync();
}

if (options.RequirementHits > 0)
{
    Console.WriteLine($"\nHIT-group search with qualification requirements: {options.RequirementHits} HITs in 1,000 groups, twice…");
    await RequirementSearch.RunAsync(Path.Combine(folder, "requirements"), question, options.RequirementHits, 1000, 2000, options.Concurrency);
}

if (options.BatchRows > 0)
{
    Console.WriteLine($"\nbatch publish and results export: {options.BatchRows} rows…");
    await BatchBench.RunAsync(Path.Combine(folder, "batch"), options.BatchRows);
}

Directory.Delete(folder, recursive: true);
