using System.ComponentModel.DataAnnotations;

namespace Kempelen.Hosting;

public sealed class TimerOptions
{
    public const string Section = "Kempelen:Timers";

    /// <summary>How often the background jobs look for work that fell due: expired HITs, overdue assignments.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
