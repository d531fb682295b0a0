using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kempelen.Storage;

/// <summary>
/// A transaction that writes. SQLite admits one writer at a time and makes the others wait by sleeping and
/// retrying, which turns a burst of writers into long tail latencies; so on SQLite the writers of this process
/// queue on an async gate first and the database lock is free whenever they reach it. PostgreSQL needs no gate:
/// its row locks and conditional updates settle concurrent writers.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteGates = new(StringComparer.Ordinal);
    private readonly IDbContextTransaction _transaction;
    private readonly SemaphoreSlim? _gate;

    private WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? gate)
    {
        _transaction = transaction;
        _gate = gate;
    }

    public static async Task<WriteTransaction> BeginAsync(KempelenDb db, CancellationToken cancellationToken)
    {
        var gate = db.Database.IsSqlite() ? SqliteGates.GetOrAdd(db.Database.GetConnectionString()!, _ => new SemaphoreSlim(1, 1)) : null;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            return new WriteTransaction(await db.Database.BeginTransactionAsync(cancellationToken), gate);
        }
        catch
        {
            gate?.Release();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            _gate?.Release();
        }
    }
}
