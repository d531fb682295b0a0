using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Storage;

namespace Kempelen.Assignments;

/// <summary>A worker gives an accepted assignment back: the slot is free again, or its escrow is released if the HIT expired.</summary>
public sealed class ReturnAssignment(KempelenDb db, Escrow escrow, TimeProvider time)
{
    public async Task ExecuteAsync(WorkerId worker, string assignmentId, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var assignment = await db.FindWorkersAssignmentAsync(worker, assignmentId, cancellationToken);
            assignment.Return(now);
            var hit = await db.FindHitByIdAsync(assignment.HitId, cancellationToken);
            hit.RecordReleasedSlot();
            await escrow.SettleAsync(hit, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
