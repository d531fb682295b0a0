using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Kempelen.Accounts;

namespace Kempelen.Bench;

/// <summary>
/// Starts the real server process on the stored data, puts it under read load and reads its resident memory
/// from /proc: what an operator would see for a server holding this many HITs.
/// </summary>
public static class ServerMemory
{
    public static async Task MeasureAsync(string dataDirectory, CreateRequester.Created requester, string workerToken, string[] hitIds, int storedHits, int concurrency)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Kempelen.dll"), "serve", "--data", dataDirectory, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitHealthyAsync(http);
            var client = new SignedMTurkClient(http, requester.AccessKeyId, requester.SecretAccessKey);
            var get = await LoadGenerator.RunAsync("GetHIT on the server process", 5000, concurrency, i =>
                client.SucceedsAsync("GetHIT", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { HITId = hitIds[(i * 7919) % hitIds.Length] })));
            var list = await LoadGenerator.RunAsync("ListHITs on the server process", 2000, concurrency, _ =>
                client.SucceedsAsync("ListHITs", """{"MaxResults":100}"""u8.ToArray()));
            var health = await LoadGenerator.RunAsync("GET /healthz (one database read)", 2000, concurrency, async _ =>
            {
                using var response = await http.GetAsync("/healthz");
                await response.Content.ReadAsByteArrayAsync();
                return response.IsSuccessStatusCode;
            });
            string[] sorts = ["Newest", "Reward", "MostAvailable"];
            var groups = await LoadGenerator.RunAsync("worker API: HIT groups page", 2000, concurrency, async i =>
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"/api/worker/v1/hit-groups?sort={sorts[i % 3]}&page={1 + (i / 3 % 5)}");
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", workerToken);
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                return response.IsSuccessStatusCode;
            });
            var (rss, peak) = ResidentMemory(server.Id);
            Console.WriteLine();
            Console.WriteLine(LoadResult.Header);
            Console.WriteLine(get.Row(null));
            Console.WriteLine(list.Row(null));
            Console.WriteLine(health.Row(null));
            Console.WriteLine(groups.Row(health));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nserver process with {storedHits} HITs stored in 1,000 groups: resident {rss / 1024.0:F0} MB, peak {peak / 1024.0:F0} MB (goal < 300 MB)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HIT groups page / healthz : {groups.RequestsPerSecond / health.RequestsPerSecond:P0} of the throughput, p99 {groups.Percentile(0.99) / health.Percentile(0.99):F1}×"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task WaitHealthyAsync(HttpClient http)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The server did not become healthy within 60 seconds.");
    }

    private static (long RssKb, long PeakKb) ResidentMemory(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        long Read(string key) => long.Parse(status.Single(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return (Read("VmRSS"), Read("VmHWM"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
