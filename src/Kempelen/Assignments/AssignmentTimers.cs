using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Hosting;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kempelen.Assignments;

/// <summary>
/// Time-driven assignment work, from stored times so that whatever fell due while the server was down is done at
/// the next start: accepted assignments past their deadline are abandoned (their slot returns to the pool, or
/// its escrow is released when the HIT has expired), and submitted ones past their auto-approval time are
/// approved and paid exactly as ApproveAssignment would.
/// </summary>
public sealed class AssignmentTimers(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options, ILogger<AssignmentTimers> logger)
    : TimedJob(time, options, logger)
{
    public override async Task<int> RunDueAsync(CancellationToken cancellationToken) =>
        await AbandonOverdueAsync(cancellationToken) + await ApproveDueAsync(cancellationToken);

    /// <summary>Abandons every assignment past its deadline now; returns how many.</summary>
    public Task<int> AbandonOverdueAsync(CancellationToken cancellationToken) => DueWork.RunAsync(
        scopes,
        Clock,
        (db, now) => db.Assignments.Where(a => a.Status == AssignmentStatus.Accepted && a.Deadline <= now).OrderBy(a => a.Deadline).Select(a => a.Id),
        async (services, id, now, ct) =>
        {
            var db = services.GetRequiredService<KempelenDb>();
            var assignment = await db.Assignments.SingleAsync(a => a.Id == id, ct);
            if (assignment.Status != AssignmentStatus.Accepted)
            {
                return false;
            }

            assignment.Abandon(now);
            var hit = await db.FindHitByIdAsync(assignment.HitId, ct);
            hit.RecordReleasedSlot();
            await services.GetRequiredService<Escrow>().SettleAsync(hit, now, ct);
            return true;
        },
        cancellationToken);

    /// <summary>Approves, and pays for, every submitted assignment whose auto-approval time has come; returns how many.</summary>
    public Task<int> ApproveDueAsync(CancellationToken cancellationToken) => DueWork.RunAsync(
        scopes,
        Clock,
        (db, now) => db.Assignments.Where(a => a.Status == AssignmentStatus.Submitted && a.AutoApprovalTime <= now).OrderBy(a => a.AutoApprovalTime).Select(a => a.Id),
        async (services, id, now, ct) =>
        {
            var db = services.GetRequiredService<KempelenDb>();
            var assignment = await db.Assignments.SingleAsync(a => a.Id == id, ct);
            if (!assignment.IsDueForAutoApproval(now))
            {
                return false;
            }

            var hit = await db.FindHitByIdAsync(assignment.HitId, ct);
            var type = await services.GetRequiredService<HitTypeCache>().OfAsync(db, hit, ct);
            await services.GetRequiredService<ApproveAssignment>().DecideAsync(assignment, hit, type, feedback: null, overrideRejection: false, now, ct);
            return true;
        },
        cancellationToken);
}
