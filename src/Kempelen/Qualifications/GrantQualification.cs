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
    /// Runs work that grants in its own transaction, again when another request got there first: a version
    /// conflict, or a parallel first grant to the same worker whose insert the primary key let in before ours (the
    /// second attempt then finds that row and overwrites its value).
    /// </summary>
    public static Task RunAsync(KempelenDb db, Func<Task> work) => ConflictRetry.RunAsync(db, async () =>
    {
        try
        {
            await work();
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            await work();
        }
    });

    public async Task<Qualification> ExecuteAsync(QualificationTypeId type, WorkerId worker, int value, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var held = await db.Qualifications.SingleOrDefaultAsync(q => q.QualificationTypeId == type && q.WorkerId == worker, cancellationToken);
        if (held is null)
        {
            held = Qualification.Grant(type, worker, value, now);
            db.Qualifications.Add(held);
        }
        else
        {
            held.Regrant(value, now);
        }

        return held;
    }
}
