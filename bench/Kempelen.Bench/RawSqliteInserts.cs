using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Kempelen.Bench;

/// <summary>
/// The storage baselines: the same HIT rows inserted with plain Microsoft.Data.Sqlite with the same journal
/// settings (WAL, synchronous=NORMAL) — one transaction per row as each CreateHIT is, or all rows of a batch in
/// one transaction through one prepared command, as the fastest possible batch publish would.
/// </summary>
public static class RawSqliteInserts
{
    public static async Task<LoadResult> RunAsync(string folder, int rows, string question)
    {
        Directory.CreateDirectory(folder);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw.db")}");
        await connection.OpenAsync();
        await CreateTableAsync(connection);
        var latencies = new double[rows];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Hits VALUES ($id, 'TYPE', 'REQUESTER', $now, $now, 3, 3, $question, 60, 180)";
            insert.Parameters.AddWithValue("$id", "3" + i.ToString("D29", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$now", "2026-11-26 12:00:00.000");
            insert.Parameters.AddWithValue("$question", question);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        clock.Stop();
        return new LoadResult("raw SQLite insert (1 row/tx)", rows, 0, clock.Elapsed, latencies);
    }

    public static async Task<LoadResult> RunBulkAsync(string folder, int rows, string question)
    {
        Directory.CreateDirectory(folder);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw-bulk.db")}");
        await connection.OpenAsync();
        await CreateTableAsync(connection);
        var clock = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO Hits VALUES ($id, 'TYPE', 'REQUESTER', $now, $now, 3, 3, $question, 60, 180)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", "2026-11-26 12:00:00.000");
        insert.Parameters.AddWithValue("$question", question);
        await insert.PrepareAsync();
        for (var i = 0; i < rows; i++)
        {
            id.Value = "3" + i.ToString("D29", System.Globalization.CultureInfo.InvariantCulture);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        clock.Stop();
        return new LoadResult("raw SQLite insert (all rows, 1 tx)", rows, 0, clock.Elapsed, [clock.Elapsed.TotalMilliseconds]);
    }

    private static async Task CreateTableAsync(SqliteConnection connection)
    {
        await using var setup = connection.CreateCommand();
        setup.CommandText = """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
            CREATE TABLE Hits (Id TEXT PRIMARY KEY, HitTypeId TEXT NOT NULL, RequesterId TEXT NOT NULL, CreatedAt TEXT NOT NULL,
              Expiration TEXT NOT NULL, MaxAssignments INTEGER NOT NULL, AvailableCount INTEGER NOT NULL, Question TEXT NOT NULL,
              SlotCost INTEGER NOT NULL, Escrow INTEGER NOT NULL);
            CREATE INDEX IX_Hits_Requester ON Hits (RequesterId, CreatedAt, Id);
            """;
        await setup.ExecuteNonQueryAsync();
    }
}
