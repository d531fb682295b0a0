using Kempelen.Hosting;

namespace Kempelen.Cli;

/// <summary>The services an admin verb needs, without a web server, on migrated storage.</summary>
public static class AdminServices
{
    public static async Task<ServiceProvider> StartAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddDataProtection().Services
            .AddSingleton<IConfiguration>(configuration)
            .AddKempelen(configuration, options.Storage())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await services.PrepareStorageAsync(cancellationToken);
        return services;
    }
}
