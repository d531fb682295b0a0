using Kempelen.Storage;
using Npgsql;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// Fresh, isolated storage per test: a SQLite file in a temporary folder, or a new database on the PostgreSQL
/// server named by KEMPELEN_TEST_POSTGRES. Without that server the PostgreSQL rows are skipped locally, but in
/// CI (CI=true) a missing server fails the run.
/// </summary>
public static class Databases
{
    public const string PostgresVariable = "KEMPELEN_TEST_POSTGRES";

    public static TheoryData<Database> Both => new(Database.Sqlite, Database.Postgres);

    public static StorageOptions Fresh(Database database)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kempelen-tests", Guid.NewGuid().ToString("N"));
        switch (database)
        {
            case Database.Sqlite:
                return new StorageOptions(DatabaseProvider.Sqlite, folder, null);
            case Database.Postgres:
                var server = Environment.GetEnvironmentVariable(PostgresVariable);
                if (string.IsNullOrWhiteSpace(server))
                {
                    if (Environment.GetEnvironmentVariable("CI") == "true")
                    {
                        throw new InvalidOperationException($"{PostgresVariable} is not set; CI must run every storage test on PostgreSQL.");
                    }

                    Assert.Skip($"{PostgresVariable} is not set; run ./test.sh to start a PostgreSQL server for these tests.");
                }

                var connection = new NpgsqlConnectionStringBuilder(server) { Database = "kempelen_test_" + Guid.NewGuid().ToString("N")[..16] };
                return new StorageOptions(DatabaseProvider.Postgres, folder, connection.ConnectionString);
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database, null);
        }
    }
}
