using Microsoft.Extensions.Options;

namespace Kempelen.Finance;

/// <summary>Every commission Kempelen charges is computed here, per assignment and per bonus, in cents.</summary>
public sealed class FeePolicy(IOptions<FeeOptions> options)
{
    private readonly FeeOptions _options = options.Value;

    /// <summary>From this many assignments a HIT pays the higher commission.</summary>
    public int LargeHitAssignments => _options.LargeHitAssignments;

    public Money FeePerAssignment(Money reward, int maxAssignments, bool requiresMasters)
    {
        var percent = _options.CommissionPercent
            + (maxAssignments >= _options.LargeHitAssignments ? _options.LargeHitExtraPercent : 0)
            + (requiresMasters ? _options.MastersExtraPercent : 0);
        return AtLeastMinimum(reward.Percent(percent), percent);
    }

    public Money FeeForBonus(Money bonus) =>
        AtLeastMinimum(bonus.Percent(_options.BonusCommissionPercent), _options.BonusCommissionPercent);

    // An operator who sets a commission of zero means "free": the minimum applies only to a real commission.
    private Money AtLeastMinimum(Money fee, int percent) =>
        percent == 0 ? Money.Zero : new Money(Math.Max(fee.Cents, _options.MinimumFeeCents));
}
