using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>DisassociateQualificationFromWorker (mturk-compat §9.6): the owner revokes a worker's qualification, with a reason the worker is shown.</summary>
public sealed class RevokeQualification(KempelenDb db)
{
    public async Task ExecuteAsync(RequesterId owner, string qualificationTypeId, string workerId, string? reason, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var type = await db.FindOwnedQualificationTypeAsync(owner, qualificationTypeId, cancellationToken);
            var worker = WorkerId.From(workerId);
            var held = await db.Qualifications.SingleOrDefaultAsync(q => q.QualificationTypeId == type.Id && q.WorkerId == worker, cancellationToken)
                ?? throw DoesNotExist(qualificationTypeId, workerId);
            held.Revoke(reason);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>The legacy API's words (mturk-compat §3.4), then which qualification was asked for.</summary>
    public static DomainException DoesNotExist(string qualificationTypeId, string workerId) => new(
        ErrorCode.QualificationDoesNotExist,
        $"You requested a Qualification that does not exist. Worker {workerId} has never held QualificationType {qualificationTypeId}.");
}
