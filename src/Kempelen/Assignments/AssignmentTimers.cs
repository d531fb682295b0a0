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
/// its escrow is released when the HIT has expired), and submitted ones past their auto-approval time are
/// approved and paid exactly as ApproveAssignment would. Each assignment is handled in its own transaction guarded
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

    /// <summary>Approves, and pays for, every submitted assignment whose auto-approval time has come; returns how many.</summary>
    public async Task<int> ApproveDueAsync(CancellationToken cancellationToken)
    {
        var approved = 0;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            var approve = scope.ServiceProvider.GetRequiredService<ApproveAssignment>();
            var types = scope.ServiceProvider.GetRequiredService<HitTypeCache>();
            var now = time.UtcNowToTheMillisecond();
            var due = await db.Assignments
                .Where(a => a.Status == AssignmentStatus.Submitted && a.AutoApprovalTime <= now)
                .OrderBy(a => a.AutoApprovalTime)
                .Select(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                try
                {
                    await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
                    var assignment = await db.Assignments.SingleAsync(a => a.Id == id, cancellationToken);
                    if (assignment.IsDueForAutoApproval(now))
                    {
                        var hit = await db.FindHitByIdAsync(assignment.HitId, cancellationToken);
                        var type = await types.FindAsync(db, hit.HitTypeId, cancellationToken)
                            ?? throw new InvalidOperationException($"HIT {hit.Id} refers to a HIT type that does not exist.");
                        await approve.DecideAsync(assignment, hit, type, feedback: null, overrideRejection: false, now, cancellationToken);
                        await db.SaveChangesAsync(cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                        approved++;
                    }
                }
                catch (Exception exception) when (DatabaseErrors.IsConflict(exception))
                {
                    // The requester decided it at the same moment, or another server approved it.
                }

                db.ChangeTracker.Clear();
            }

            if (due.Count < BatchSize)
            {
                return approved;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                var abandoned = await AbandonOverdueAsync(stoppingToken);
                var approved = await ApproveDueAsync(stoppingToken);
                if (abandoned + approved > 0)
                {
                    LogWorked(abandoned, approved);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Abandoned {Abandoned} assignments past their deadline and auto-approved {Approved}")]
    private partial void LogWorked(int abandoned, int approved);

    [LoggerMessage(Level = LogLevel.Error, Message = "Abandoning overdue assignments failed; retrying at the next tick")]
    private partial void LogFailed(Exception exception);
}
