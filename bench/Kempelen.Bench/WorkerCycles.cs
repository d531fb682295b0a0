using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Kempelen.Accounts;

namespace Kempelen.Bench;

/// <summary>
/// Accept + submit cycles through the worker API: each client is a worker who takes the next HIT of one group and
/// hands in an answer, over and over. Reports cycles/s and the accept latency separately.
/// </summary>
public static class WorkerCycles
{
    public static async Task<(LoadResult Cycles, LoadResult Accepts)> RunAsync(IServiceProvider services, Uri baseAddress, string hitGroupId, int cycles, int workers)
    {
        var tokens = new List<string>();
        for (var i = 0; i < workers; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var registered = await scope.ServiceProvider.GetRequiredService<RegisterWorker>()
                .ExecuteAsync($"bench-{Guid.NewGuid():N}@example.org", "correct horse battery", CancellationToken.None);
            tokens.Add(registered.ApiToken);
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = baseAddress };
        var acceptLatencies = new double[cycles];
        var acceptFailures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var cycleLatencies = new double[cycles];
        var cycleFailures = 0;
        await Task.WhenAll(tokens.Select(async token =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < cycles)
            {
                var started = Stopwatch.GetTimestamp();
                using var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/worker/v1/hit-groups/{hitGroupId}/accept");
                accept.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var accepted = await http.SendAsync(accept);
                acceptLatencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!accepted.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref acceptFailures);
                    Interlocked.Increment(ref cycleFailures);
                    cycleLatencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    continue;
                }

                using var body = await JsonDocument.ParseAsync(await accepted.Content.ReadAsStreamAsync());
                var assignmentId = body.RootElement.GetProperty("AssignmentId").GetString();
                using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/worker/v1/assignments/{assignmentId}/submit")
                {
                    Content = JsonContent.Create(new { answers = new { label = "cat" } }),
                };
                submit.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var submitted = await http.SendAsync(submit);
                if (!submitted.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref cycleFailures);
                }

                cycleLatencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        clock.Stop();
        return (
            new LoadResult($"accept+submit cycle ({workers} workers)", cycles, cycleFailures, clock.Elapsed, cycleLatencies),
            new LoadResult($"  of which accept", cycles, acceptFailures, clock.Elapsed, acceptLatencies));
    }
}
