using Kempelen.Qualifications;

namespace Kempelen.Tests.Qualifications;

/// <summary>Whether a worker's values meet a requirement, and what failing one costs them (mturk-compat §11.1, §11.2).</summary>
public sealed class RequirementDecisions
{
    private const string Skill = "3SKILL0000000000000000000000AA";

    private static readonly QualificationValues SkillOf70InCalifornia = new(new Dictionary<string, HeldQualification>
    {
        [Skill] = new(70, null),
        [SystemQualificationTypes.Locale] = new(null, new Locale("US", "CA")),
    });

    private static Requirement On(string type, Comparator comparator, int[]? integers = null, Locale[]? locales = null, GuardedActions guard = GuardedActions.Accept) =>
        Requirement.Create(1, type, comparator, integers, locales, null, guard);

    [Theory]
    [InlineData(Comparator.LessThan, new[] { 71 }, true)]
    [InlineData(Comparator.LessThan, new[] { 70 }, false)]
    [InlineData(Comparator.LessThanOrEqualTo, new[] { 70 }, true)]
    [InlineData(Comparator.GreaterThan, new[] { 70 }, false)]
    [InlineData(Comparator.GreaterThanOrEqualTo, new[] { 70 }, true)]
    [InlineData(Comparator.EqualTo, new[] { 70 }, true)]
    [InlineData(Comparator.NotEqualTo, new[] { 70 }, false)]
    [InlineData(Comparator.In, new[] { 10, 70 }, true)]
    [InlineData(Comparator.NotIn, new[] { 10, 70 }, false)]
    [InlineData(Comparator.NotIn, new[] { 10 }, true)]
    [InlineData(Comparator.Exists, new int[0], true)]
    [InlineData(Comparator.DoesNotExist, new int[0], false)]
    public void A_held_integer_is_compared_as_the_comparator_says(Comparator comparator, int[] values, bool met) =>
        Assert.Equal(met, SkillOf70InCalifornia.Meets(On(Skill, comparator, values)));

    [Theory]
    [InlineData(Comparator.NotEqualTo, new[] { 5 })]
    [InlineData(Comparator.NotIn, new[] { 5 })]
    [InlineData(Comparator.LessThan, new[] { 100 })]
    [InlineData(Comparator.Exists, new int[0])]
    public void Without_the_qualification_only_does_not_exist_passes(Comparator comparator, int[] values)
    {
        Assert.False(QualificationValues.None.Meets(On(Skill, comparator, values)));
        Assert.True(QualificationValues.None.Meets(On(Skill, Comparator.DoesNotExist)));
    }

    [Fact]
    public void A_locale_matches_by_country_and_by_subdivision_only_when_one_is_named()
    {
        Assert.True(SkillOf70InCalifornia.Meets(On(SystemQualificationTypes.Locale, Comparator.EqualTo, locales: [new("US", null)])));
        Assert.True(SkillOf70InCalifornia.Meets(On(SystemQualificationTypes.Locale, Comparator.In, locales: [new("DE", null), new("US", "CA")])));
        Assert.False(SkillOf70InCalifornia.Meets(On(SystemQualificationTypes.Locale, Comparator.EqualTo, locales: [new("US", "NY")])));
        Assert.True(SkillOf70InCalifornia.Meets(On(SystemQualificationTypes.Locale, Comparator.NotIn, locales: [new("US", "NY"), new("GB", null)])));
        Assert.False(SkillOf70InCalifornia.Meets(On(SystemQualificationTypes.Locale, Comparator.NotEqualTo, locales: [new("US", null)])));
    }

    [Fact]
    public void The_most_restrictive_guard_of_the_failed_requirements_decides()
    {
        var failsToAccept = On(Skill, Comparator.GreaterThan, [90]);
        var failsToPreview = On(Skill, Comparator.GreaterThan, [80], guard: GuardedActions.PreviewAndAccept);
        var failsToDiscover = On(Skill, Comparator.GreaterThan, [85], guard: GuardedActions.DiscoverPreviewAndAccept);
        var met = On(Skill, Comparator.GreaterThan, [10], guard: GuardedActions.DiscoverPreviewAndAccept);

        Assert.Equal((true, true, true), Rights(HitAccess.Decide([met], SkillOf70InCalifornia, blocked: false)));
        Assert.Equal((true, true, false), Rights(HitAccess.Decide([met, failsToAccept], SkillOf70InCalifornia, blocked: false)));
        Assert.Equal((true, false, false), Rights(HitAccess.Decide([failsToAccept, failsToPreview], SkillOf70InCalifornia, blocked: false)));
        Assert.Equal((false, false, false), Rights(HitAccess.Decide([failsToPreview, failsToDiscover], SkillOf70InCalifornia, blocked: false)));
        Assert.Equal((false, false, false), Rights(HitAccess.Decide([met], SkillOf70InCalifornia, blocked: true)));
    }

    [Fact]
    public void Refusing_to_accept_names_what_is_missing_or_the_block()
    {
        var access = HitAccess.Decide([On(Skill, Comparator.GreaterThan, [90])], SkillOf70InCalifornia, blocked: false);
        var blocked = HitAccess.Decide([], SkillOf70InCalifornia, blocked: true);

        Assert.Contains(Skill, Assert.Throws<DomainException>(() => access.EnsureCanAccept("HIT group G")).Message, StringComparison.Ordinal);
        Assert.Contains("blocked", Assert.Throws<DomainException>(() => blocked.EnsureCanAccept("HIT group G")).Message, StringComparison.Ordinal);
    }

    private static (bool Discover, bool Preview, bool Accept) Rights(HitAccess access) => (access.CanDiscover, access.CanPreview, access.CanAccept);
}
