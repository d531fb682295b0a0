using Kempelen.Hosting;

namespace Kempelen.Cli;

public static class ServeVerb
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static readonly Verb Definition = new(
        "serve",
        "Runs Kempelen: the MTurk-compatible API on POST /, with /healthz and /readyz. The first start creates the data folder and database.",
        [new("urls", "Where to listen, separated by ';'", "URL", DefaultUrls), .. Verb.StorageOptions],
        RunAsync);

    private static async Task<int> RunAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var app = KempelenWeb.Build(options.Storage(), options.Get("urls") ?? DefaultUrls);
        await app.Services.PrepareStorageAsync(cancellationToken);
        await app.RunAsync();
        return 0;
    }
}
