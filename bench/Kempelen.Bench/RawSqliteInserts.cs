using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Kempelen.Bench;

/// <summary>
/// The storage baselines: the same HIT rows inserted with plain Microsoft.Data.Sqlite with the same journal
/// settings (WAL, synchronous=NORMAL) — one transaction per row as each CreateHIT is; or a batch publish's own
/// rows in one transaction through one prepared command per table, as the fastest possible batch publish would.
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

    /// <summary>
    /// The batch publish's baseline: into <paramref name="database"/>, a copy of the app's database taken just
    /// before the publish (the same tables, indexes and foreign keys, the requester and HIT type already there),
    /// the very rows the publish wrote — its batch, every HIT with all its columns and every batch row, read back
    /// from the app's database beforehand — inserted in one transaction through one prepared command per table,
    /// with the settings the app's publish runs under (WAL, synchronous=NORMAL, foreign keys on, the 64 MB page
    /// cache). What it leaves out is the app's own work: parsing and checking the CSV, building the questions, the
    /// ledger transfer and the listing counters.
    /// </summary>
    public static async Task<LoadResult> RunBatchAsync(string database, IReadOnlyList<TableRows> tables, int rows)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Foreign Keys=True");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";
            await setup.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var table in tables)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => '"' + c + '"'))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            var parameters = table.Columns.Select((_, i) => insert.Parameters.AddWithValue("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value)).ToArray();
            await insert.PrepareAsync();
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = row[i];
                }

                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        clock.Stop();
        return new LoadResult("raw SQLite insert (same rows, 1 tx)", rows, 0, clock.Elapsed, [clock.Elapsed.TotalMilliseconds]);
    }

    /// <summary>A table's rows as stored, read with plain Microsoft.Data.Sqlite.</summary>
    public static async Task<TableRows> ReadAsync(string database, string table, string where, string orderBy, (string Name, string Value) parameter)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\" WHERE {where} ORDER BY {orderBy}";
        select.Parameters.AddWithValue(parameter.Name, parameter.Value);
        await using var reader = await select.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[columns.Length];
            reader.GetValues(row);
            rows.Add(row);
        }

        return new TableRows(table, columns, rows);
    }

    public sealed record TableRows(string Name, string[] Columns, IReadOnlyList<object[]> Rows);

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
