using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Qualifications;

namespace Kempelen.Tests.Hits;

public sealed class HitTypeReuse
{
    private static HitTypeProperties Properties(string title = "Title", string reward = "0.50", IReadOnlyList<Requirement>? requirements = null) =>
        HitTypeProperties.Create(title, "Description", "a, b", Money.Parse(reward, "Reward"), 600, null, requirements ?? []);

    [Fact]
    public void Equal_properties_have_equal_fingerprints_whatever_the_surrounding_whitespace() =>
        Assert.Equal(Properties().Fingerprint(), Properties(title: "  Title ").Fingerprint());

    [Fact]
    public void A_reward_written_with_fewer_decimals_is_the_same_type() =>
        Assert.Equal(Properties(reward: "0.50").Fingerprint(), Properties(reward: "0.5").Fingerprint());

    [Fact]
    public void A_different_reward_or_requirement_is_a_different_type()
    {
        var requirement = Requirement.Create(1, SystemQualificationTypes.Adult, Comparator.EqualTo, [1], null, null, null);
        Assert.NotEqual(Properties().Fingerprint(), Properties(reward: "0.51").Fingerprint());
        Assert.NotEqual(Properties().Fingerprint(), Properties(requirements: [requirement]).Fingerprint());
    }

    [Fact]
    public void Auto_approval_defaults_to_thirty_days() =>
        Assert.Equal(2_592_000, Properties().AutoApprovalDelayInSeconds);

    [Theory]
    [InlineData("Title", 129)]
    [InlineData("Description", 2001)]
    public void Texts_longer_than_MTurk_allows_are_refused(string parameter, int length)
    {
        var text = new string('x', length);
        var refusal = Assert.Throws<DomainException>(() => HitTypeProperties.Create(
            parameter == "Title" ? text : "Title",
            parameter == "Description" ? text : "Description",
            null,
            new Money(5),
            600,
            null,
            []));
        Assert.Equal(parameter, refusal.Parameter);
    }

    [Fact]
    public void A_reward_of_zero_is_refused() =>
        Assert.Equal("Reward", Assert.Throws<DomainException>(() => Properties(reward: "0.00")).Parameter);
}
