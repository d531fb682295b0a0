using Kempelen.Hosting;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kempelen.Assignments;

/// <summary>
/// Time-driven assignment work, from stored facts so that whatever fell due while the server was down is done at
/// the next start: accepted assignments past their deadline are abandoned (their slot returns to the pool, or
/// its escrow is released when the HIT has expired). Each assignment is handled in its own transaction guarded
/// by versions, so several servers running this job never act twice.
/// </summary>
public sealed partial class AssignmentTimers(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options, ILogger<AssignmentTimers> logger)
    : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Abandons every assignment past its deadline now; returns how many.</summary>
    public async Task<int> AbandonOverdueAsync(CancellationToken cancellationToken)
    {
        var abandoned = 0;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            var escrow = scope.ServiceProvider.GetRequiredService<Escrow>();
            var now = time.UtcNowToTheMillisecond();
            var due = await db.Assignments
                .Where(a => a.Status == AssignmentStatus.Accepted && a.Deadline <= now)
                .OrderBy(a => a.Deadline)
                .Select(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                try
                {
                    await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
                    var assignment = await db.Assignments.SingleAsync(a => a.Id == id, cancellationToken);
                    if (assignment.Status == AssignmentStatus.Accepted)
                    {
                        assignment.Abandon(now);
                        var hit = await db.FindHitByIdAsync(assignment.HitId, cancellationToken);
                        hit.RecordReleasedSlot();
                        await escrow.SettleAsync(hit, now, cancellationToken);
                        await db.SaveChangesAsync(cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                        abandoned++;
                    }
                }
                catch (Exception exception) when (DatabaseErrors.IsConflict(exception))
                {
                    // The worker submitted or returned it at the same moment, or another server abandoned it.
                }

                db.ChangeTracker.Clear();
            }

            if (due.Count < BatchSize)
            {
                return abandoned;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                var abandoned = await AbandonOverdueAsync(stoppingToken);
                if (abandoned > 0)
                {
                    LogAbandoned(abandoned);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Abandoned {Count} assignments past their deadline")]
    private partial void LogAbandoned(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Abandoning overdue assignments failed; retrying at the next tick")]
    private partial void LogFailed(Exception exception);
}
