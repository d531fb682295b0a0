using System.ComponentModel.DataAnnotations;

namespace Kempelen.Finance;

/// <summary>The operator's commission schedule; the defaults are MTurk's (mturk-compat §6.1).</summary>
public sealed class FeeOptions
{
    public const string Section = "Kempelen:Fees";

    /// <summary>Commission on each assignment's reward, in percent.</summary>
    [Range(0, 100)]
    public int CommissionPercent { get; set; } = 20;

    /// <summary>Extra commission for HITs with at least <see cref="LargeHitAssignments"/> assignments.</summary>
    [Range(0, 100)]
    public int LargeHitExtraPercent { get; set; } = 20;

    [Range(1, int.MaxValue)]
    public int LargeHitAssignments { get; set; } = 10;

    /// <summary>Extra commission when a HIT requires the Masters qualification.</summary>
    [Range(0, 100)]
    public int MastersExtraPercent { get; set; } = 5;

    [Range(0, 100)]
    public int BonusCommissionPercent { get; set; } = 20;

    /// <summary>Smallest commission per assignment and per bonus, in cents (MTurk: one cent).</summary>
    [Range(0, 10_000)]
    public int MinimumFeeCents { get; set; } = 1;
}
