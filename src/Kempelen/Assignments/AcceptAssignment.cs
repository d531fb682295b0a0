using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments;

/// <summary>
/// Gives a worker a slot of a HIT. The slot is taken with one conditional UPDATE (free slot, live HIT), so
/// MaxAssignments holds under any concurrency; a filtered unique index stops a worker holding two live
/// assignments of one HIT. Both happen in one transaction with the new assignment, after the worker's
/// qualifications and blocks are checked in that same transaction.
/// </summary>
public sealed class AcceptAssignment(KempelenDb db, HitTypeCache types, WorkerStanding standing, TimeProvider time)
{
    public async Task<Assignment> ExecuteAsync(WorkerId worker, HitId hitId, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        try
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var hit = await db.Hits.AsNoTracking().SingleOrDefaultAsync(h => h.Id == hitId && h.DisposedAt == null, cancellationToken)
                ?? throw RequesterHits.HitDoesNotExist(hitId.Value);
            if (await db.Assignments.AnyAsync(a => a.HitId == hitId && a.WorkerId == worker && a.Status != AssignmentStatus.Returned && a.Status != AssignmentStatus.Abandoned, cancellationToken))
            {
                throw AlreadyAccepted(hitId);
            }

            await EnsureMayAcceptAsync(worker, await types.OfAsync(db, hit, cancellationToken), cancellationToken);
            var assignment = await TryTakeSlotAsync(worker, hit, now, cancellationToken)
                ?? throw new DomainException(ErrorCode.HitNotAvailable, $"HIT {hitId} has no assignment available to accept.");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return assignment;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // The same worker accepted this HIT in a parallel request, or already did its work; ours rolled back.
            throw AlreadyAccepted(hitId);
        }
    }

    /// <summary>Inside the accepting transaction: the worker meets the type's requirements and is not blocked.</summary>
    internal async Task EnsureMayAcceptAsync(WorkerId worker, HitType type, CancellationToken cancellationToken) =>
        (await standing.AccessToAsync(worker, type, cancellationToken)).EnsureCanAccept($"HIT group {type.HitGroupId}");

    /// <summary>
    /// Inside the caller's transaction: takes a free slot of the HIT if one is left and starts the assignment
    /// (saved by the caller); null when the HIT had no free slot by the time the UPDATE ran.
    /// </summary>
    internal async Task<Assignment?> TryTakeSlotAsync(WorkerId worker, Hit hit, DateTime now, CancellationToken cancellationToken)
    {
        var hitId = hit.Id;
        var taken = await db.Hits
            .Where(h => h.Id == hitId)
            .Where(Hit.AcceptableAt(now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(h => h.AvailableCount, h => h.AvailableCount - 1)
                    .SetProperty(h => h.PendingCount, h => h.PendingCount + 1)
                    .SetProperty(h => h.Version, h => h.Version + 1),
                cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        await HitGroupListings.RecordSlotTakenAsync(db, hitId, cancellationToken);

        var type = await types.OfAsync(db, hit, cancellationToken);
        var assignment = Assignment.Accept(hit, type, worker, now);
        db.Assignments.Add(assignment);
        return assignment;
    }

    private static DomainException AlreadyAccepted(HitId hitId) =>
        new(ErrorCode.InvalidAssignmentState, $"You already have an assignment of HIT {hitId}; a worker may do each HIT once.");
}
