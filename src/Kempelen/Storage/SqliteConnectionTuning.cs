using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kempelen.Storage;

/// <summary>
/// In WAL mode, synchronous=NORMAL stays durable against a crash of the process (only a power cut can lose the
/// last commits) and makes each commit far cheaper. The setting is per connection, so it runs on every open.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string Pragmas = "PRAGMA synchronous = NORMAL;";

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
