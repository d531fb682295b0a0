using Kempelen.Accounts;
using Kempelen.Storage;

namespace Kempelen.Hits;

public sealed class ChangeHitReviewStatus(KempelenDb db, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string hitId, bool revert, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var hit = await db.FindHitAsync(requester, hitId, cancellationToken);
            hit.ChangeReviewStatus(revert, time.UtcNowToTheMillisecond());
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
