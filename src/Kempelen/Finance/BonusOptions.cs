using System.ComponentModel.DataAnnotations;

namespace Kempelen.Finance;

public sealed class BonusOptions
{
    public const string Section = "Kempelen:Bonuses";

    /// <summary>The largest single bonus, in cents (MTurk publishes none; mturk-compat §6.3).</summary>
    [Range(1, 100_000_000)]
    public long MaximumCents { get; set; } = 100_000;
}
