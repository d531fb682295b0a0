
namespace Kempelen.Storage;

/// <summary>
/// Runs a use case again when the database says another transaction got there first: a HIT's version moved under
/// us, or PostgreSQL broke a deadlock or a serialization conflict by aborting ours. Nothing of the failed attempt
/// was committed, so the work is decided afresh on fresh data.
/// </summary>
public static class ConflictRetry
{
    public const int Attempts = 4;

    public static async Task RunAsync(KempelenDb db, Func<Task> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await work();
                return;
            }
            catch (Exception exception) when (attempt < Attempts && DatabaseErrors.IsConflict(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public static async Task<T> RunAsync<T>(KempelenDb db, Func<Task<T>> work)
    {
        var result = default(T);
        await RunAsync(db, async () => { result = await work(); });
        return result!;
    }
}
