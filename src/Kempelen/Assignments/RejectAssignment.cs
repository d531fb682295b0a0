using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Storage;

namespace Kempelen.Assignments;

/// <summary>Rejects submitted work with a reason; the slot's escrow goes back to the requester (mturk-compat §6.2).</summary>
public sealed class RejectAssignment(KempelenDb db, Escrow escrow, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string assignmentId, string feedback, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var assignment = await db.FindRequestersAssignmentAsync(requester, assignmentId, cancellationToken);
            var hit = await db.FindHitByIdAsync(assignment.HitId, cancellationToken);
            await DecideAsync(assignment, hit, feedback, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>The rejection and the escrow it releases, inside the caller's transaction (also used by the review grid's chunks).</summary>
    public async Task DecideAsync(Assignment assignment, Hit hit, string feedback, DateTime now, CancellationToken cancellationToken)
    {
        assignment.Reject(feedback, now);
        hit.RecordDecision();
        await escrow.SettleAsync(hit, now, cancellationToken);
    }
}
