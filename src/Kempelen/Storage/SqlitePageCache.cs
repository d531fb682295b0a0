using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kempelen.Storage;

/// <summary>
/// A larger SQLite page cache on the caller's connection for one bulk write, put back as it was afterwards. The
/// default 2 MB holds a small part of the index pages a batch of 100,000 HITs touches, so SQLite kept spilling
/// and reading back pages mid-transaction; SQLite takes the memory only as pages are used, and the pool's
/// connections return to their small cache. Dispose it before the transaction ends: committing closes the
/// connection, and a connection must go back to the pool as it came. Nothing on PostgreSQL, whose buffers are
/// the server's.
/// </summary>
internal sealed class SqlitePageCache : IAsyncDisposable
{
    private const string BulkCacheSize = "-65536"; // kibibytes: 64 MB
    private readonly KempelenDb? _db;
    private readonly long _previous;

    private SqlitePageCache(KempelenDb? db, long previous)
    {
        _db = db;
        _previous = previous;
    }

    public static async Task<SqlitePageCache> WidenAsync(KempelenDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return new SqlitePageCache(null, 0);
        }

        var previous = Convert.ToInt64(await PragmaAsync(db, "PRAGMA cache_size", cancellationToken), CultureInfo.InvariantCulture);
        await PragmaAsync(db, "PRAGMA cache_size = " + BulkCacheSize, cancellationToken);
        return new SqlitePageCache(db, previous);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await PragmaAsync(_db, "PRAGMA cache_size = " + _previous.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
        }
    }

    private static async Task<object?> PragmaAsync(KempelenDb db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
