using Microsoft.EntityFrameworkCore;

namespace Kempelen.Storage;

/// <summary>
/// Work that falls due at stored instants (expired HITs, overdue assignments, auto-approvals), done in batches
/// with one write transaction per item. An item that another server or request changed first fails on its
/// version and is skipped; if it is still due, the next round finds it again.
/// </summary>
public static class DueWork
{
    public const int BatchSize = 100;

    /// <summary>
    /// Does everything due now and returns how many items were done. <paramref name="findDue"/> gives the due
    /// items' keys at an instant, oldest first; <paramref name="handle"/> does one item inside its transaction
    /// (this method saves and commits) and answers false when the item turned out not to be due after all.
    /// </summary>
    public static async Task<int> RunAsync<TKey>(
        IServiceScopeFactory scopes,
        TimeProvider time,
        Func<KempelenDb, DateTime, IQueryable<TKey>> findDue,
        Func<IServiceProvider, TKey, DateTime, CancellationToken, Task<bool>> handle,
        CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            var now = time.UtcNowToTheMillisecond();
            var due = await findDue(db, now).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var key in due)
            {
                try
                {
                    await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
                    if (await handle(scope.ServiceProvider, key, now, cancellationToken))
                    {
                        await db.SaveChangesAsync(cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                        done++;
                    }
                }
                catch (Exception exception) when (DatabaseErrors.IsConflict(exception))
                {
                    // Changed by someone else first; see the summary.
                }

                db.ChangeTracker.Clear();
            }

            if (due.Count < BatchSize)
            {
                return done;
            }
        }
    }
}
