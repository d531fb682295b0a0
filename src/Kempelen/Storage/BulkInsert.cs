using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kempelen.Storage;

/// <summary>
/// Inserts many new rows of one entity inside the caller's transaction with prepared multi-row INSERTs, skipping
/// change tracking — for batch publishing, where tracking costs thirty times the insert. The columns, names,
/// value conversions and literals come from the EF model, so rows are written exactly as a tracked save would
/// write them, on either database. Nothing else happens on save (no listing hook): the caller accounts for
/// what it inserted.
/// </summary>
public static class BulkInsert
{
    // Rows per statement: enough that a statement's fixed cost (a round trip on PostgreSQL, a reader and cursors
    // on SQLite) is spread thin, few enough that Microsoft.Data.Sqlite's lookup of each parameter by name, which
    // scans the statement's parameters, stays cheap.
    private const int RowsPerStatement = 50;

    public static async Task InsertAsync<T>(KempelenDb db, IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's write transaction.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null)
            .Select(p => new Column(p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter(), p.IsNullable))
            .ToArray();

        // Provider values, converted as the model says, row by row.
        var values = new object?[entities.Count][];
        for (var row = 0; row < entities.Count; row++)
        {
            values[row] = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                var value = columns[i].Getter.GetClrValueUsingContainingEntity(entities[row]);
                values[row][i] = value is null ? null : columns[i].Mapping.Converter?.ConvertToProvider(value) ?? value;
            }
        }

        // A column with one value in every row (a batch's type, requester, times, terms) is written into the
        // statement once as the model's literal for that value; only the others are bound per row. Binding is
        // most of a row's cost in Microsoft.Data.Sqlite.
        var varying = Enumerable.Range(0, columns.Length).Where(i => values.Any(row => !Equals(row[i], values[0][i]))).ToArray();
        var rowsPerStatement = varying.Length == 0 ? 1 : RowsPerStatement;
        var connection = db.Database.GetDbConnection();
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < values.Length; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, values.Length - start);
                var command = count == rowsPerStatement
                    ? full ??= await PrepareAsync(connection, transaction, sql, table, columns, varying, entities[0], values[0], count, cancellationToken)
                    : await PrepareAsync(connection, transaction, sql, table, columns, varying, entities[0], values[0], count, cancellationToken);
                for (var row = 0; row < count; row++)
                {
                    for (var p = 0; p < varying.Length; p++)
                    {
                        command.Parameters[(row * varying.Length) + p].Value = values[start + row][varying[p]] ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// INSERT … VALUES (…), (…) for <paramref name="rows"/> rows: the shared columns as literals, the varying ones
    /// as parameters made from the first entity's model values, which sets their database types.
    /// </summary>
    private static async Task<DbCommand> PrepareAsync(
        DbConnection connection,
        DbTransaction transaction,
        ISqlGenerationHelper sql,
        StoreObjectIdentifier table,
        Column[] columns,
        int[] varying,
        object first,
        object?[] firstValues,
        int rows,
        CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var tuples = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            tuples.Add("(" + string.Join(", ", columns.Select((c, i) =>
            {
                var parameter = Array.IndexOf(varying, i);
                return parameter < 0
                    ? c.Mapping.GenerateProviderValueSqlLiteral(firstValues[i])
                    : sql.GenerateParameterNamePlaceholder("p" + ((row * varying.Length) + parameter));
            })) + ")");
            for (var p = 0; p < varying.Length; p++)
            {
                var column = columns[varying[p]];
                command.Parameters.Add(column.Mapping.CreateParameter(
                    command, sql.GenerateParameterName("p" + ((row * varying.Length) + p)), column.Getter.GetClrValueUsingContainingEntity(first), column.Nullable));
            }
        }

        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES "
            + string.Join(", ", tuples);
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool Nullable);
}
