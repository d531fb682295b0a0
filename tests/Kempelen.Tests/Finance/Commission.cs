using Kempelen.Finance;
using Microsoft.Extensions.Options;

namespace Kempelen.Tests.Finance;

/// <summary>MTurk's commission schedule (mturk-compat §6.1) as the default fee policy.</summary>
public sealed class Commission
{
    private static readonly FeePolicy MTurkDefaults = new(Options.Create(new FeeOptions()));

    [Theory]
    [InlineData("0.05", 1, false, "0.01")]
    [InlineData("0.52", 1, false, "0.10")]
    [InlineData("0.50", 10, false, "0.20")]
    [InlineData("0.50", 9, false, "0.10")]
    [InlineData("1.00", 5, true, "0.25")]
    [InlineData("0.42", 1, true, "0.11")]
    public void Per_assignment_follows_MTurk(string reward, int assignments, bool masters, string fee) =>
        Assert.Equal(fee, MTurkDefaults.FeePerAssignment(Money.Parse(reward, "Reward"), assignments, masters).ToString());

    [Theory]
    [InlineData("2.00", "0.40")]
    [InlineData("0.01", "0.01")]
    public void Bonuses_pay_twenty_percent_and_at_least_a_cent(string bonus, string fee) =>
        Assert.Equal(fee, MTurkDefaults.FeeForBonus(Money.Parse(bonus, "BonusAmount")).ToString());

    [Fact]
    public void An_operator_can_waive_commission_entirely()
    {
        var free = new FeePolicy(Options.Create(new FeeOptions { CommissionPercent = 0, LargeHitExtraPercent = 0, MastersExtraPercent = 0 }));
        Assert.Equal(Money.Zero, free.FeePerAssignment(new Money(5), 20, requiresMasters: true));
    }
}
