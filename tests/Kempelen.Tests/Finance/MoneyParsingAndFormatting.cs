using Kempelen.Finance;

namespace Kempelen.Tests.Finance;

public sealed class MoneyParsingAndFormatting
{
    [Theory]
    [InlineData("1", 100)]
    [InlineData("1.", 100)]
    [InlineData("0.5", 50)]
    [InlineData("0.05", 5)]
    [InlineData("10000.00", 1_000_000)]
    [InlineData("007.10", 710)]
    public void Accepts_MTurk_currency_strings(string text, long cents)
    {
        Assert.True(Money.TryParse(text, out var money));
        Assert.Equal(cents, money.Cents);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("0.001")]
    [InlineData("-1.00")]
    [InlineData("1e3")]
    [InlineData("1,00")]
    [InlineData(" 1.00")]
    [InlineData("99999999999999999999")]
    public void Refuses_anything_else(string text) => Assert.False(Money.TryParse(text, out _));

    [Fact]
    public void Parse_names_the_parameter_and_the_value_received()
    {
        var refusal = Assert.Throws<DomainException>(() => Money.Parse("5.001", "Reward"));
        Assert.Equal("Reward", refusal.Parameter);
        Assert.Contains("'5.001'", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50, "0.50")]
    [InlineData(0, "0.00")]
    [InlineData(1_000_000, "10000.00")]
    [InlineData(-125, "-1.25")]
    public void Formats_with_two_decimals(long cents, string text) => Assert.Equal(text, new Money(cents).ToString());

    [Theory]
    [InlineData(52, 20, 10)]
    [InlineData(42, 25, 11)]
    [InlineData(5, 20, 1)]
    [InlineData(2, 20, 0)]
    public void Percentages_round_half_up_to_the_cent(long cents, int percent, long expected) =>
        Assert.Equal(expected, new Money(cents).Percent(percent).Cents);

    [Fact]
    public void Arithmetic_overflows_loudly() =>
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
}
