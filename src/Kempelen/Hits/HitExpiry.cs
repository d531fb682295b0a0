using Kempelen.Hosting;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kempelen.Hits;

/// <summary>
/// Releases the escrow of slots that expired unfilled. It works from stored facts (expiration and a settled
/// flag), so HITs that expired while the server was down are settled at the next start. Each HIT is settled in
/// its own transaction guarded by the HIT's version, so several servers running this job never release twice.
/// </summary>
public sealed partial class HitExpiry(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options, ILogger<HitExpiry> logger)
    : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Settles every HIT that is due now; returns how many were settled.</summary>
    public async Task<int> SettleDueAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            var escrow = scope.ServiceProvider.GetRequiredService<Escrow>();
            var now = time.UtcNowToTheMillisecond();
            var due = await db.Hits
                .Where(h => !h.ExpirySettled && h.Expiration <= now)
                .OrderBy(h => h.Expiration)
                .Select(h => h.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                try
                {
                    await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
                    var hit = await db.Hits.SingleAsync(h => h.Id == id, cancellationToken);
                    await escrow.SettleAsync(hit, now, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    settled++;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another server, or the requester, changed this HIT first; it is re-examined next round.
                }

                db.ChangeTracker.Clear();
            }

            if (due.Count < BatchSize)
            {
                return settled;
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
                var settled = await SettleDueAsync(stoppingToken);
                if (settled > 0)
                {
                    LogSettled(settled);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the escrow of {Count} expired HITs")]
    private partial void LogSettled(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settling expired HITs failed; retrying at the next tick")]
    private partial void LogFailed(Exception exception);
}
