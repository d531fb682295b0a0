using Kempelen.Qualifications;

namespace Kempelen.Tests.Qualifications;

/// <summary>Requirements in the words workers read: a system type by the label its own page shows, a rate with "%".</summary>
public sealed class RequirementWording
{
    [Theory]
    [InlineData(SystemQualificationTypes.PercentAssignmentsApproved, Comparator.GreaterThanOrEqualTo, 95, "Approval rate ≥ 95%")]
    [InlineData(SystemQualificationTypes.NumberHitsApproved, Comparator.GreaterThan, 100, "HITs approved > 100")]
    [InlineData(SystemQualificationTypes.PercentAssignmentsRejected, Comparator.LessThan, 5, "Rejection rate < 5%")]
    [InlineData(SystemQualificationTypes.Adult, Comparator.EqualTo, 0, "Adult content agreement = 0")]
    [InlineData(SystemQualificationTypes.Adult, Comparator.EqualTo, 1, "Adult (agreed to see adult content)")]
    public void A_system_requirement_is_named_by_its_types_label(string type, Comparator comparator, int value, string expected) =>
        Assert.Equal(expected, RequirementText.Describe(Requirement.Create(1, type, comparator, [value], null, null, null), typeName: null));
}
