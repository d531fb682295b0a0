using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kempelen.Storage;

/// <summary>
/// Inserts many new rows of one entity inside the caller's transaction with one prepared command, skipping change
/// tracking — for batch publishing, where tracking costs thirty times the insert. The columns, names and value
/// conversions come from the EF model, so rows are written exactly as a tracked save would write them, on either
/// database. Nothing else happens on save (no listing hook): the caller accounts for what it inserted.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(KempelenDb db, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's write transaction.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null)
            .Select((p, i) => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter: p.GetGetter(), Name: sql.GenerateParameterName("p" + i)))
            .ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        DbParameter[]? parameters = null;
        foreach (var entity in entities)
        {
            if (parameters is null)
            {
                // The first row makes the parameters (names, database types) and the statement is prepared once;
                // later rows only set values, converted to the provider's type as the model says.
                parameters = columns.Select(c => c.Mapping.CreateParameter(command, c.Name, c.Getter.GetClrValueUsingContainingEntity(entity), c.Property.IsNullable)).ToArray();
                command.Parameters.AddRange(parameters);
                await command.PrepareAsync(cancellationToken);
            }
            else
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].Getter.GetClrValueUsingContainingEntity(entity);
                    parameters[i].Value = value is null ? DBNull.Value : columns[i].Mapping.Converter?.ConvertToProvider(value) ?? value;
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
