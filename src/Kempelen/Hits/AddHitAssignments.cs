using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Idempotency;
using Kempelen.Storage;

namespace Kempelen.Hits;

/// <summary>CreateAdditionalAssignmentsForHIT: more slots, with escrow for them, idempotent by UniqueRequestToken.</summary>
public sealed class AddHitAssignments(KempelenDb db, Escrow escrow, FeePolicy fees, RequestTokens tokens, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string hitId, int count, string? uniqueRequestToken, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        await ConflictRetry.RunAsync(db, () => tokens.RunOnceAsync(
            requester,
            RequestTokenScope.HitExtension,
            uniqueRequestToken,
            now,
            extended => throw AlreadyExtended(uniqueRequestToken!, extended),
            async () =>
            {
                var hit = await db.FindHitAsync(requester, hitId, cancellationToken);
                hit.AddAssignments(count, fees.LargeHitAssignments, now);
                await escrow.SettleAsync(hit, now, cancellationToken);
                return (hit, hit.Id.Value);
            },
            cancellationToken));
    }

    private static DomainException AlreadyExtended(string token, string hitId) => new(
        ErrorCode.DuplicateRequest,
        $"The request ID \"{token}\" was already used to add assignments to HIT {hitId}; nothing more was added.");
}
