using Microsoft.Data.Sqlite;

namespace Kempelen.Storage;

/// <summary>Where Kempelen keeps its data: the --data, --database and --connection-string options of every verb.</summary>
public sealed record StorageOptions(DatabaseProvider Provider, string DataDirectory, string? ConnectionString)
{
    public const string DefaultDataDirectory = "./kempelen-data";
    public const string SqliteFileName = "kempelen.db";

    public string EffectiveConnectionString => Provider switch
    {
        DatabaseProvider.Sqlite => ConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(DataDirectory), SqliteFileName),
            ForeignKeys = true,
            Pooling = true,

            // Seconds a statement waits for another writer (the busy timeout) before failing.
            DefaultTimeout = 30,
        }.ToString(),
        DatabaseProvider.Postgres => ConnectionString
            ?? throw new InvalidOperationException("--database postgres needs --connection-string."),
    };
}
