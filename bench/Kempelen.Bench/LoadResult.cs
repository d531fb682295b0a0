using System.Globalization;

namespace Kempelen.Bench;

/// <summary>Throughput and latency of one scenario.</summary>
public sealed record LoadResult(string Name, int Requests, int Failures, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Row(LoadResult? baseline) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-34} {Requests,8} {Failures,6} {RequestsPerSecond,10:F0} {Percentile(0.50),8:F2} {Percentile(0.99),8:F2} {(baseline is null ? "" : (RequestsPerSecond / baseline.RequestsPerSecond).ToString("P0", CultureInfo.InvariantCulture)),10}");

    public const string Header = "scenario                           requests  fails      req/s   p50 ms   p99 ms  vs baseline";
}
