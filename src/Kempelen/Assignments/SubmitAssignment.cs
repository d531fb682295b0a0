using Kempelen.Accounts;
using Kempelen.Batches;
using Kempelen.Hits;
using Kempelen.Storage;

namespace Kempelen.Assignments;

/// <summary>
/// Hands in a worker's answers. With an auto-approval delay of zero the work is approved at once, in the same
/// transaction (mturk-compat §5.3).
/// </summary>
public sealed class SubmitAssignment(KempelenDb db, HitTypeCache types, ApproveAssignment approve, TimeProvider time)
{
    public async Task<Assignment> ExecuteAsync(WorkerId worker, string assignmentId, string answerDocument, CancellationToken cancellationToken)
    {
        Assignment? submitted = null;
        await ConflictRetry.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var assignment = await db.FindWorkersAssignmentAsync(worker, assignmentId, cancellationToken);
            var hit = await db.FindHitByIdAsync(assignment.HitId, cancellationToken);
            var type = await types.OfAsync(db, hit, cancellationToken);
            assignment.Submit(answerDocument, type.AutoApprovalDelayInSeconds, now);
            hit.RecordSubmission();
            await db.SaveChangesAsync(cancellationToken);
            await BatchAnswerColumns.RecordAsync(db, hit, answerDocument, cancellationToken);
            if (assignment.IsDueForAutoApproval(now))
            {
                await approve.DecideAsync(assignment, hit, type, feedback: null, overrideRejection: false, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            submitted = assignment;
        });
        return submitted!;
    }
}
