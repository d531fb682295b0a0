using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments;

/// <summary>
/// Accepts the oldest HIT of a group that the worker has not done and that still has a free slot. Candidates
/// are tried in turn, because another worker may take the last slot of one between the query and the accept.
/// </summary>
public sealed class AcceptNextInGroup(KempelenDb db, AcceptAssignment accept, TimeProvider time)
{
    private const int Candidates = 5;

    public async Task<Assignment> ExecuteAsync(WorkerId worker, HitGroupId group, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var candidates = await db.Hits.AsNoTracking()
            .Where(h => h.HitGroupId == group)
            .Where(Hit.AcceptableAt(now))
            .Where(h => !db.Assignments.Any(a => a.HitId == h.Id && a.WorkerId == worker && a.Status != AssignmentStatus.Returned && a.Status != AssignmentStatus.Abandoned))
            .OrderBy(h => h.CreatedAt).ThenBy(h => h.Id)
            .Select(h => h.Id)
            .Take(Candidates)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            try
            {
                return await accept.ExecuteAsync(worker, candidate, cancellationToken);
            }
            catch (DomainException refusal) when (refusal.Code == ErrorCode.HitNotAvailable)
            {
                db.ChangeTracker.Clear();
            }
        }

        throw new DomainException(ErrorCode.HitNotAvailable, $"There are no more HITs in group {group} that you can accept.");
    }
}
