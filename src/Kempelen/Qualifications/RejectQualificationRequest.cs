using Kempelen.Accounts;
using Kempelen.Storage;

namespace Kempelen.Qualifications;

/// <summary>
/// RejectQualificationRequest (mturk-compat §9.6): the owner refuses, with a reason the worker is shown; the worker
/// may ask again only as the type's retry delay allows.
/// </summary>
public sealed class RejectQualificationRequest(KempelenDb db, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId owner, string qualificationRequestId, string? reason, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var request = await db.FindPendingRequestAsync(owner, qualificationRequestId, cancellationToken);
            request.Reject(reason, time.UtcNowToTheMillisecond());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
