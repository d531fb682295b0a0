using System.ComponentModel.DataAnnotations;

namespace Kempelen.Hits;

public sealed class HitExpiryOptions
{
    public const string Section = "Kempelen:HitExpiry";

    /// <summary>How often the server looks for HITs whose lifetime ended, to release the escrow of unfilled slots.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
