using System.Diagnostics;

namespace Kempelen.Bench;

/// <summary>Runs a request function a fixed number of times from a fixed number of concurrent clients.</summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(string name, int requests, int concurrency, Func<int, Task<bool>> send)
    {
        var latencies = new double[requests];
        var next = -1;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await send(index);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        clock.Stop();
        return new LoadResult(name, requests, failures, clock.Elapsed, latencies);
    }
}
