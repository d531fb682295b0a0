using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Kempelen.Bench;

/// <summary>
/// The storage baseline: the same HIT rows inserted with plain Microsoft.Data.Sqlite, one transaction per row as
/// each CreateHIT is, with the same journal settings (WAL, synchronous=NORMAL).
/// </summary>
public static class RawSqliteInserts
{
    public static async Task<LoadResult> RunAsync(string folder, int rows, string question)
    {
        Directory.CreateDirectory(folder);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw.db")}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                CREATE TABLE Hits (Id TEXT PRIMARY KEY, HitTypeId TEXT NOT NULL, RequesterId TEXT NOT NULL, CreatedAt TEXT NOT NULL,
                  Expiration TEXT NOT NULL, MaxAssignments INTEGER NOT NULL, AvailableCount INTEGER NOT NULL, Question TEXT NOT NULL,
                  SlotCost INTEGER NOT NULL, Escrow INTEGER NOT NULL);
                CREATE INDEX IX_Hits_Requester ON Hits (RequesterId, CreatedAt, Id);
                """;
            await setup.ExecuteNonQueryAsync();
        }

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
}
