using Kempelen.Accounts;
using Kempelen.Storage;

namespace Kempelen.Qualifications;

/// <summary>
/// AssociateQualificationWithWorker (mturk-compat §9.6): the owner grants the type to a worker, or overwrites the
/// value of a grant, or restores a revoked one. Pending requests of the worker are left as they are.
/// </summary>
public sealed class AssociateQualification(KempelenDb db, GrantQualification grant)
{
    public const int DefaultValue = 1;

    public Task ExecuteAsync(RequesterId owner, string qualificationTypeId, string workerId, int value, CancellationToken cancellationToken) =>
        GrantQualification.RunAsync(db, async () =>
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var type = await db.FindOwnedQualificationTypeAsync(owner, qualificationTypeId, cancellationToken);
            var worker = await db.RequireWorkerAsync(workerId, cancellationToken);
            await grant.ExecuteAsync(type.Id, worker, value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
}
