using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// Where a batch stands: open slots, assignments by state (one grouped query), and how long the work takes —
/// the average from accepting to submitting, computed where the rows are, and what the reward makes of it per hour.
/// </summary>
public sealed record BatchStatistics(
    int HitCount,
    int OpenHits,
    int Available,
    int Accepted,
    int Submitted,
    int Approved,
    int Rejected,
    Money Reward,
    TimeSpan? AverageWorkTime)
{
    /// <summary>The reward per hour of average work, in dollars rounded to the cent; none before any work is submitted.</summary>
    public decimal? HourlyRate => AverageWorkTime is { TotalMilliseconds: > 0 } average
        ? Math.Round(Reward.Cents * 36_000m / (decimal)average.TotalMilliseconds, 2, MidpointRounding.AwayFromZero)
        : null;

    public static async Task<BatchStatistics> ReadAsync(KempelenDb db, Batch batch, DateTime now, CancellationToken cancellationToken)
    {
        var hits = BatchHits.Of(db, batch.Id).AsNoTracking();
        var open = await hits
            .Where(h => h.DisposedAt == null && !h.IsReviewing && h.Expiration > now)
            .GroupBy(h => 1)
            .Select(g => new { Hits = g.Count(), Available = g.Sum(h => h.AvailableCount) })
            .SingleOrDefaultAsync(cancellationToken);
        var assignments = db.Assignments.AsNoTracking().Where(a => db.BatchRows.Any(r => r.BatchId == batch.Id && r.HitId == a.HitId));
        var byStatus = await assignments
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        var averageSeconds = await assignments
            .Where(a => a.SubmitTime != null)
            .AverageAsync(a => (double?)SqlTime.SecondsBetween(a.AcceptTime, a.SubmitTime!.Value), cancellationToken);

        // Stored times are whole milliseconds; the database's arithmetic may stray by a fraction of one.
        TimeSpan? average = averageSeconds is { } seconds ? TimeSpan.FromMilliseconds(Math.Round(seconds * 1000)) : null;
        var reward = await db.HitTypes.AsNoTracking().Where(t => t.Id == batch.HitTypeId).Select(t => t.Reward).SingleAsync(cancellationToken);
        return new BatchStatistics(
            batch.HitCount,
            open?.Hits ?? 0,
            open?.Available ?? 0,
            byStatus.GetValueOrDefault(AssignmentStatus.Accepted),
            byStatus.GetValueOrDefault(AssignmentStatus.Submitted),
            byStatus.GetValueOrDefault(AssignmentStatus.Approved),
            byStatus.GetValueOrDefault(AssignmentStatus.Rejected),
            reward,
            average);
    }
}
