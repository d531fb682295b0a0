using Kempelen.Accounts;
using Kempelen.Storage;

namespace Kempelen.Qualifications;

/// <summary>AcceptQualificationRequest (mturk-compat §9.6): the owner grants what the worker asked for, with a value.</summary>
public sealed class AcceptQualificationRequest(KempelenDb db, GrantQualification grant, TimeProvider time)
{
    public const int DefaultValue = 1;

    public Task ExecuteAsync(RequesterId owner, string qualificationRequestId, int value, CancellationToken cancellationToken) =>
        GrantQualification.RunAsync(db, async () =>
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var request = await db.FindPendingRequestAsync(owner, qualificationRequestId, cancellationToken);
            await grant.ExecuteAsync(request.QualificationTypeId, request.WorkerId, value, cancellationToken);
            request.Grant(value, time.UtcNowToTheMillisecond());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
}
