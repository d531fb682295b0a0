using Kempelen.Qualifications;

namespace Kempelen.Tests.Qualifications;

/// <summary>Comparator and value combinations a requirement may state (mturk-compat §11.1, §11.2).</summary>
public sealed class RequirementRules
{
    private static Requirement Create(
        string type,
        Comparator comparator,
        int[]? integers = null,
        Locale[]? locales = null,
        bool? requiredToPreview = null,
        GuardedActions? guarded = null) =>
        Requirement.Create(1, type, comparator, integers, locales, requiredToPreview, guarded);

    [Theory]
    [InlineData(Comparator.GreaterThan)]
    [InlineData(Comparator.LessThanOrEqualTo)]
    [InlineData(Comparator.EqualTo)]
    public void Single_value_comparators_take_exactly_one_integer(Comparator comparator)
    {
        Create(SystemQualificationTypes.PercentAssignmentsApproved, comparator, [95]);
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.PercentAssignmentsApproved, comparator, [90, 95]));
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.PercentAssignmentsApproved, comparator));
    }

    [Fact]
    public void Exists_takes_no_values() =>
        Assert.Throws<DomainException>(() => Create("2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", Comparator.Exists, [1]));

    [Fact]
    public void In_takes_up_to_fifteen_integers_or_thirty_locales()
    {
        Create(SystemQualificationTypes.NumberHitsApproved, Comparator.In, Enumerable.Range(1, 15).ToArray());
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.NumberHitsApproved, Comparator.In, Enumerable.Range(1, 16).ToArray()));
        Create(SystemQualificationTypes.Locale, Comparator.NotIn, locales: Enumerable.Range(0, 30).Select(_ => new Locale("US", null)).ToArray());
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.Locale, Comparator.NotIn, locales: Enumerable.Range(0, 31).Select(_ => new Locale("US", null)).ToArray()));
    }

    [Fact]
    public void Locales_are_compared_only_on_the_locale_type_and_never_by_order()
    {
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.Adult, Comparator.EqualTo, locales: [new Locale("US", null)]));
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.Locale, Comparator.GreaterThan, locales: [new Locale("US", null)]));
        Create(SystemQualificationTypes.Locale, Comparator.EqualTo, locales: [new Locale("US", "CA")]);
    }

    [Fact]
    public void A_locale_is_an_upper_case_country_code() =>
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.Locale, Comparator.EqualTo, locales: [new Locale("us", null)]));

    [Fact]
    public void ActionsGuarded_and_RequiredToPreview_together_are_refused() =>
        Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.Adult, Comparator.EqualTo, [1], requiredToPreview: true, guarded: GuardedActions.Accept));

    [Theory]
    [InlineData(null, GuardedActions.Accept)]
    [InlineData(false, GuardedActions.Accept)]
    [InlineData(true, GuardedActions.PreviewAndAccept)]
    public void RequiredToPreview_maps_onto_ActionsGuarded(bool? requiredToPreview, GuardedActions expected) =>
        Assert.Equal(expected, Create(SystemQualificationTypes.Adult, Comparator.EqualTo, [1], requiredToPreview: requiredToPreview).Guards);

    [Fact]
    public void The_refusal_names_the_requirement_by_position()
    {
        var refusal = Assert.Throws<DomainException>(() => Create(SystemQualificationTypes.Adult, Comparator.Exists, [1]));
        Assert.Equal("QualificationRequirements", refusal.Parameter);
        Assert.Contains("QualificationRequirements[1]", refusal.Message, StringComparison.Ordinal);
    }
}
