using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments;

/// <summary>
/// Accepts the oldest HIT of a group that the worker has not done and that still has a free slot, in one
/// transaction: candidates are read and tried in turn there, because on PostgreSQL another worker may take the
/// last slot of one between the read and the conditional UPDATE (on SQLite the write gate already serializes).
/// </summary>
public sealed class AcceptNextInGroup(KempelenDb db, AcceptAssignment accept, HitTypeCache types, TimeProvider time)
{
    private const int Candidates = 20;

    public async Task<Assignment> ExecuteAsync(WorkerId worker, HitGroupId group, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var candidates = await db.Hits.AsNoTracking()
            .Where(h => h.HitGroupId == group)
            .Where(Hit.AcceptableAt(now))
            .Where(h => !db.Assignments.Any(a => a.HitId == h.Id && a.WorkerId == worker && a.Status != AssignmentStatus.Returned && a.Status != AssignmentStatus.Abandoned))
            .OrderBy(h => h.CreatedAt).ThenBy(h => h.Id)
            .Take(Candidates)
            .ToListAsync(cancellationToken);
        if (candidates.Count > 0)
        {
            // A group is one HIT type: one check covers every candidate.
            await accept.EnsureMayAcceptAsync(worker, await types.OfAsync(db, candidates[0], cancellationToken), cancellationToken);
        }

        foreach (var candidate in candidates)
        {
            if (await accept.TryTakeSlotAsync(worker, candidate, now, cancellationToken) is { } assignment)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return assignment;
            }
        }

        throw new DomainException(ErrorCode.HitNotAvailable, $"There are no more HITs in group {group} that you can accept.");
    }
}
