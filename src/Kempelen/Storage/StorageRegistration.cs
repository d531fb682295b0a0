using Microsoft.EntityFrameworkCore;

namespace Kempelen.Storage;

public static class StorageRegistration
{
    /// <summary>Maps <see cref="KempelenDb"/> to the provider subclass that --database picks.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(options);
        var connectionString = options.EffectiveConnectionString;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<SqliteKempelenDb>(db => db.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionTuning()));
                services.AddScoped<KempelenDb>(sp => sp.GetRequiredService<SqliteKempelenDb>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresKempelenDb>(db => db.UseNpgsql(connectionString));
                services.AddScoped<KempelenDb>(sp => sp.GetRequiredService<PostgresKempelenDb>());
                break;
        }

        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
