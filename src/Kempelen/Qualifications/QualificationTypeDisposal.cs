using Kempelen.Hosting;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kempelen.Qualifications;

/// <summary>
/// Finishes deleting qualification types (mturk-compat §9.5) once no live HIT requires them: their grants,
/// requests and row go, and the name is free again. It works from stored facts, so deletions that became possible
/// while the server was down finish at the next start, and the type's version guards it on several servers.
/// </summary>
public sealed class QualificationTypeDisposal(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options, ILogger<QualificationTypeDisposal> logger)
    : TimedJob(time, options, logger)
{
    public override Task<int> RunDueAsync(CancellationToken cancellationToken) => DueWork.RunAsync(
        scopes,
        Clock,
        (db, _) => QualificationTypeUsage.ReadyToDispose(db).OrderBy(t => t.DisposingSince).ThenBy(t => t.Id).Select(t => t.Id),
        async (services, id, _, ct) =>
        {
            var db = services.GetRequiredService<KempelenDb>();

            // Checked again inside the transaction: a HIT created since the search, by a request that read the type
            // before its deletion began, keeps the type.
            var type = await QualificationTypeUsage.ReadyToDispose(db).SingleOrDefaultAsync(t => t.Id == id, ct);
            if (type is null)
            {
                return false;
            }

            await db.Qualifications.Where(q => q.QualificationTypeId == id).ExecuteDeleteAsync(ct);
            await db.QualificationRequests.Where(r => r.QualificationTypeId == id).ExecuteDeleteAsync(ct);
            db.QualificationTypes.Remove(type);
            return true;
        },
        cancellationToken);
}
