using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Qualifications;
using Kempelen.Storage;

namespace Kempelen.Hits;

/// <summary>UpdateHITTypeOfHIT: the HIT takes another of the requester's types, and escrow follows its new cost.</summary>
public sealed class MoveHitToType(KempelenDb db, HitTypeCache types, Escrow escrow, FeePolicy fees, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string hitId, string hitTypeId, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var hit = await db.FindHitAsync(requester, hitId, cancellationToken);
            var type = await types.FindHitTypeAsync(db, requester, hitTypeId, cancellationToken);
            await QualificationTypeDirectory.EnsureUsableAsync(db, type.Requirements, cancellationToken);
            var slotCost = type.Reward + fees.FeePerAssignment(type.Reward, hit.MaxAssignments, type.RequiresMasters);
            hit.MoveToType(type, slotCost, now);
            await escrow.SettleAsync(hit, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
