using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kempelen.Qualifications;

/// <summary>
/// A worker's qualifications as requirements see them, computed when asked from stored facts (their assignments,
/// profile, grants and blocks), so system qualifications are current the moment an assignment is decided and a
/// moved clock moves the Masters window with it.
/// </summary>
public sealed class WorkerStanding(KempelenDb db, TimeProvider time, IOptions<MastersOptions> masters)
{
    /// <summary>Below this many submitted assignments a worker's approval rate reads as 100 (mturk-compat §4.3).</summary>
    public const int ApprovalRateFloor = 100;

    /// <summary>The worker's full standing: every system value, every granted qualification, who blocked them.</summary>
    public async Task<Standing> OfAsync(WorkerId workerId, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var worker = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == workerId, cancellationToken);
        var since = now.AddDays(-masters.Value.WindowDays);

        // One pass over the worker's assignments: how many are in each status, and how many of those were decided
        // inside the Masters window.
        var tallies = await db.Assignments.AsNoTracking()
            .Where(a => a.WorkerId == workerId)
            .GroupBy(a => a.Status)
            .Select(g => new
            {
                Status = g.Key,
                Count = g.Count(),
                Recent = g.Count(a => (a.Status == AssignmentStatus.Approved && a.ApprovalTime > since) || (a.Status == AssignmentStatus.Rejected && a.RejectionTime > since)),
            })
            .ToListAsync(cancellationToken);
        var counts = tallies.ToDictionary(t => t.Status, t => t.Count);
        var recent = tallies.ToDictionary(t => t.Status, t => t.Recent);
        var granted = await db.Qualifications.AsNoTracking()
            .Where(q => q.WorkerId == workerId && q.Status == QualificationStatus.Granted)
            .Select(q => new { q.QualificationTypeId, q.IntegerValue })
            .ToListAsync(cancellationToken);
        var blockedBy = await db.WorkerBlocks.AsNoTracking().Where(b => b.WorkerId == workerId).Select(b => b.RequesterId).ToListAsync(cancellationToken);

        var held = new Dictionary<string, HeldQualification>(StringComparer.Ordinal);
        foreach (var (type, value) in SystemValues(worker, counts, recent))
        {
            held[type] = value;
        }

        foreach (var grant in granted)
        {
            held[grant.QualificationTypeId.Value] = new HeldQualification(grant.IntegerValue, null);
        }

        return new Standing(new QualificationValues(held), blockedBy.ToHashSet());
    }

    /// <summary>
    /// What the worker may do with one HIT type, loading only what its requirements need: a type without
    /// requirements costs one lookup of a block. Used inside the accepting transaction.
    /// </summary>
    public async Task<HitAccess> AccessToAsync(WorkerId workerId, HitType type, CancellationToken cancellationToken)
    {
        if (type.Requirements.Count == 0)
        {
            var blocked = await db.WorkerBlocks.AnyAsync(b => b.WorkerId == workerId && b.RequesterId == type.RequesterId, cancellationToken);
            return HitAccess.Decide([], QualificationValues.None, blocked);
        }

        return (await OfAsync(workerId, cancellationToken)).AccessTo(type);
    }

    private IEnumerable<(string Type, HeldQualification Value)> SystemValues(
        Worker worker,
        Dictionary<AssignmentStatus, int> counts,
        Dictionary<AssignmentStatus, int> recent)
    {
        int Count(AssignmentStatus status) => counts.GetValueOrDefault(status);
        var approved = Count(AssignmentStatus.Approved);
        var rejected = Count(AssignmentStatus.Rejected);
        var submitted = Count(AssignmentStatus.Submitted) + approved + rejected;
        var accepted = counts.Values.Sum();

        yield return (SystemQualificationTypes.NumberHitsApproved, Integer(approved));
        yield return (SystemQualificationTypes.PercentAssignmentsApproved,
            Integer(submitted < ApprovalRateFloor || approved + rejected == 0 ? 100 : Percent(approved, approved + rejected)));
        yield return (SystemQualificationTypes.PercentAssignmentsSubmitted, Integer(accepted == 0 ? 100 : Percent(submitted, accepted)));
        yield return (SystemQualificationTypes.PercentAssignmentsAbandoned, Integer(Percent(Count(AssignmentStatus.Abandoned), accepted)));
        yield return (SystemQualificationTypes.PercentAssignmentsReturned, Integer(Percent(Count(AssignmentStatus.Returned), accepted)));
        yield return (SystemQualificationTypes.PercentAssignmentsRejected, Integer(Percent(rejected, accepted)));
        yield return (SystemQualificationTypes.Adult, Integer(worker.IsAdult ? 1 : 0));
        if (worker.Locale is { } locale)
        {
            yield return (SystemQualificationTypes.Locale, new HeldQualification(null, locale));
        }

        var recentApproved = recent.GetValueOrDefault(AssignmentStatus.Approved);
        var recentDecided = recentApproved + recent.GetValueOrDefault(AssignmentStatus.Rejected);
        if (recentApproved >= masters.Value.MinimumApproved && recentDecided > 0 && Percent(recentApproved, recentDecided) >= masters.Value.MinimumPercentApproved)
        {
            foreach (var id in SystemQualificationTypes.Masters)
            {
                yield return (id, Integer(1));
            }
        }
    }

    private static HeldQualification Integer(int value) => new(value, null);

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    public sealed record Standing(QualificationValues Values, IReadOnlySet<RequesterId> BlockedBy)
    {
        public HitAccess AccessTo(HitType type) => AccessTo(type.Requirements, type.RequesterId);

        public HitAccess AccessTo(IReadOnlyList<Requirement> requirements, RequesterId requester) =>
            HitAccess.Decide(requirements, Values, BlockedBy.Contains(requester));
    }
}
