using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// DeleteQualificationType (mturk-compat §9.5): the type starts disposing and its pending requests are rejected.
/// Grants stay while live HITs still require the type; <see cref="QualificationTypeDisposal"/> finishes the
/// deletion, and frees the name, once none does.
/// </summary>
public sealed class DeleteQualificationType(KempelenDb db, TimeProvider time)
{
    public const string RejectionReason = "The requester deleted this qualification type.";

    public async Task ExecuteAsync(RequesterId owner, string qualificationTypeId, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var type = await db.FindOwnedQualificationTypeAsync(owner, qualificationTypeId, cancellationToken);
            type.BeginDisposal(now);
            var pending = await db.QualificationRequests
                .Where(r => r.QualificationTypeId == type.Id && r.Status == QualificationRequestStatus.Pending)
                .ToListAsync(cancellationToken);
            foreach (var request in pending)
            {
                request.Reject(RejectionReason, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
