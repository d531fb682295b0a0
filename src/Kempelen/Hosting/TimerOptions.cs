using System.ComponentModel.DataAnnotations;

namespace Kempelen.Hosting;

public sealed class TimerOptions
{
    public const string Section = "Kempelen:Timers";

    /// <summary>How often the background jobs look for work that fell due: expired HITs, overdue assignments.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether this process runs the jobs on its own timer. Every job is safe to run on several servers at once;
    /// switch it off on servers that should only answer requests (and in tests that drive the jobs themselves).
    /// </summary>
    public bool RunInBackground { get; set; } = true;
}
