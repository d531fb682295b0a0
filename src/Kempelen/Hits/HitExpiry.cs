using Kempelen.Finance;
using Kempelen.Hosting;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kempelen.Hits;

/// <summary>
/// Releases the escrow of slots that expired unfilled. It works from stored facts (expiration and a settled
/// flag), so HITs that expired while the server was down are settled at the next start, and each HIT's version
/// guards it, so several servers running this job never release twice.
/// </summary>
public sealed class HitExpiry(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options, ILogger<HitExpiry> logger)
    : TimedJob(time, options, logger)
{
    public override Task<int> RunDueAsync(CancellationToken cancellationToken) => DueWork.RunAsync(
        scopes,
        Clock,
        (db, now) => db.Hits.Where(h => !h.ExpirySettled && h.Expiration <= now).OrderBy(h => h.Expiration).Select(h => h.Id),
        async (services, id, now, ct) =>
        {
            var hit = await services.GetRequiredService<KempelenDb>().Hits.SingleAsync(h => h.Id == id, ct);
            await services.GetRequiredService<Escrow>().SettleAsync(hit, now, ct);
            return true;
        },
        cancellationToken);
}
