using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// Grants a qualification with a value, or overwrites the value of one held, or restores a revoked one — the one
/// way a worker comes to hold a requester's type (associating, accepting a request, a graded test, auto-granting).
/// Runs inside the caller's transaction; the caller saves.
/// </summary>
public sealed class GrantQualification(KempelenDb db, TimeProvider time)
{
    /// <summary>
    /// Runs work that grants in its own transaction, again when another request got there first: a parallel first
    /// grant to the same worker whose insert the primary key let in before ours (the second attempt then finds that
    /// row and overwrites its value), or a conflict on something else the work changed.
    /// </summary>
    public static Task RunAsync(KempelenDb db, Func<Task> work) => RunAsync(db, async () =>
    {
        await work();
        return true;
    });

    public static Task<T> RunAsync<T>(KempelenDb db, Func<Task<T>> work) => ConflictRetry.RunAsync(db, async () =>
    {
        try
        {
            return await work();
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return await work();
        }
    });

    /// <summary>
    /// Overwrites a held or revoked grant with one UPDATE (the last grant wins, as on MTurk, so concurrent grants
    /// never fail each other on a version), or adds a first one for the caller's save.
    /// </summary>
    public async Task ExecuteAsync(QualificationTypeId type, WorkerId worker, int value, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var overwritten = await db.Qualifications
            .Where(q => q.QualificationTypeId == type && q.WorkerId == worker)
            .ExecuteUpdateAsync(
                s => s.SetProperty(q => q.IntegerValue, value)
                    .SetProperty(q => q.Status, QualificationStatus.Granted)
                    .SetProperty(q => q.GrantTime, now)
                    .SetProperty(q => q.RevokeReason, (string?)null)
                    .SetProperty(q => q.Version, q => q.Version + 1),
                cancellationToken);
        if (overwritten == 0)
        {
            db.Qualifications.Add(Qualification.Grant(type, worker, value, now));
        }
    }
}
