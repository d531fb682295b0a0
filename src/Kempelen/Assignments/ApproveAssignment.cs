using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Storage;

namespace Kempelen.Assignments;

/// <summary>
/// Approves an assignment and pays for it in one transaction: the reward to the worker and the commission to
/// the platform, from the HIT's escrow — or, when overriding a rejection whose escrow was already released,
/// from the requester's available balance (mturk-compat §6.2).
/// </summary>
public sealed class ApproveAssignment(KempelenDb db, HitTypeCache types, Payouts payouts, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string assignmentId, string? feedback, bool overrideRejection, CancellationToken cancellationToken)
    {
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var assignment = await db.FindRequestersAssignmentAsync(requester, assignmentId, cancellationToken);
            var hit = await db.FindHitByIdAsync(assignment.HitId, cancellationToken);
            var type = await types.OfAsync(db, hit, cancellationToken);
            await DecideAsync(assignment, hit, type, feedback, overrideRejection, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>The approval and its payment, inside the caller's transaction (also used by auto-approval).</summary>
    public async Task DecideAsync(Assignment assignment, Hit hit, HitType type, string? feedback, bool overrideRejection, DateTime now, CancellationToken cancellationToken)
    {
        if (overrideRejection && hit.DisposedAt is not null)
        {
            throw new DomainException(ErrorCode.InvalidAssignmentState, $"HIT {hit.Id} has been deleted; its rejections can no longer be overridden.");
        }

        var overriding = assignment.Approve(feedback, overrideRejection, now);
        var memo = $"Assignment {assignment.Id}";
        if (overriding)
        {
            await payouts.PayFromBalanceAsync(hit, assignment.WorkerId, type.Reward, memo, cancellationToken);
        }
        else
        {
            hit.RecordDecision();
            await payouts.PayFromEscrowAsync(hit, assignment.WorkerId, type.Reward, memo, now, cancellationToken);
        }
    }
}
