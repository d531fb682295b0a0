using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Idempotency;
using Kempelen.Projects;
using Kempelen.Protocol;
using Kempelen.Qualifications;
using Kempelen.Storage;

namespace Kempelen.Hosting;

/// <summary>Everything Kempelen's verbs share, registered in one readable list.</summary>
public static class KempelenServices
{
    public static IServiceCollection AddKempelen(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => MasterKey.LoadOrCreate(configuration[MasterKey.ConfigurationKey], storage.DataDirectory));
        services.AddStorage(storage);
        services.AddAccounts();
        services.AddFinance();
        services.AddIdempotency();
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHits();
        services.AddQualifications();
        services.AddProjects();
        services.AddBatches();
        services.AddAssignments();
        services.AddProtocol();
        return services;
    }

    /// <summary>Creates the database on first start and applies migrations; every verb calls it before work.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
    }
}
