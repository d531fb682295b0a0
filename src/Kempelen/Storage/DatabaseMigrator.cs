using Microsoft.EntityFrameworkCore;

namespace Kempelen.Storage;

/// <summary>Creates the data folder and the database on first start and applies pending migrations on every start.</summary>
public sealed class DatabaseMigrator(KempelenDb db, StorageOptions options)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(options.DataDirectory);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and one writer work at once (a server and an admin verb on the same file); the
            // mode is stored in the database file, so setting it once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }
}
