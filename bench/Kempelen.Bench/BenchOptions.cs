using System.Globalization;

namespace Kempelen.Bench;

public sealed record BenchOptions(int Requests, int Concurrency, int Hits, int Cycles, int Workers, int RequirementHits, int BatchRows, string? Only)
{
    public static BenchOptions Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var only = Array.IndexOf(args, "--only");
        return new BenchOptions(Read("requests", 20_000), Read("concurrency", 32), Read("hits", 100_000), Read("cycles", 10_000), Read("workers", 64), Read("requirement-hits", 100_000), Read("batch-rows", 100_000), only >= 0 && only + 1 < args.Length ? args[only + 1] : null);
    }
}
