using Microsoft.Extensions.Options;

namespace Kempelen.Hosting;

/// <summary>
/// A background job that looks for due work on the injected clock every <see cref="TimerOptions.PollInterval"/>,
/// starting at once, so work that fell due while the server was down is done at start.
/// </summary>
public abstract partial class TimedJob(TimeProvider time, IOptions<TimerOptions> options, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = time;

    /// <summary>Does everything due now; returns how many items it handled.</summary>
    public abstract Task<int> RunDueAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, Clock);
        do
        {
            try
            {
                var handled = await RunDueAsync(stoppingToken);
                if (handled > 0)
                {
                    LogHandled(GetType().Name, handled);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} handled {Count} due items")]
    private partial void LogHandled(string job, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; it retries at the next tick")]
    private partial void LogFailed(Exception exception, string job);
}
