using System.Text.Json;
using Kempelen.Protocol.ApiModel;

namespace Kempelen.Tests.Protocol;

/// <summary>Model constraints are reported the way AWS's front end reports them (mturk-compat §3.2).</summary>
public sealed class ModelValidation
{
    private static IReadOnlyList<string> Validate(string operation, string json)
    {
        Assert.True(MTurkApiModel.Instance.TryGetInput(operation, out var input));
        using var document = JsonDocument.Parse(json);
        return ModelValidator.Validate(input, document.RootElement);
    }

    [Fact]
    public void A_valid_request_has_no_violations() =>
        Assert.Empty(Validate("ListHITs", """{"MaxResults": 100}"""));

    [Fact]
    public void Reports_a_range_violation_with_the_lower_cased_member_path() =>
        Assert.Equal(
            ["Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"],
            Validate("ListHITs", """{"MaxResults": 101}"""));

    [Fact]
    public void Reports_a_pattern_violation_as_observed_for_SendBonus() =>
        Assert.Equal(
            ["Value '0.9752' at 'bonusAmount' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]+(\\.)?[0-9]{0,2}$"],
            Validate("SendBonus", """{"WorkerId":"A1","BonusAmount":"0.9752","AssignmentId":"X","Reason":"r"}"""));

    [Fact]
    public void Reports_every_missing_required_member()
    {
        var violations = Validate("CreateHITType", """{"Title":"t"}""");
        Assert.Equal(3, violations.Count);
        Assert.Contains("Value null at 'reward' failed to satisfy constraint: Member must not be null", violations);
    }

    [Fact]
    public void Walks_into_lists_with_one_based_member_paths()
    {
        var violations = Validate(
            "CreateHITType",
            """{"Title":"t","Description":"d","Reward":"1","AssignmentDurationInSeconds":60,"QualificationRequirements":[{"QualificationTypeId":"X","Comparator":"Exists"},{"QualificationTypeId":"X","Comparator":"Bigger"}]}""");
        Assert.Equal(
            ["Value 'Bigger' at 'qualificationRequirements.2.member.comparator' failed to satisfy constraint: Member must satisfy enum value set: [LessThan, LessThanOrEqualTo, GreaterThan, GreaterThanOrEqualTo, EqualTo, NotEqualTo, Exists, DoesNotExist, In, NotIn]"],
            violations);
    }

    [Fact]
    public void Reports_wrong_JSON_types()
    {
        var violations = Validate("CreateHIT", """{"Title":5,"Description":"d","Reward":"1","AssignmentDurationInSeconds":"60","LifetimeInSeconds":60.5}""");
        Assert.Contains("Value '5' at 'title' failed to satisfy constraint: Member must be a string", violations);
        Assert.Contains("Value '60' at 'assignmentDurationInSeconds' failed to satisfy constraint: Member must be a 64-bit integer", violations);
        Assert.Contains("Value '60.5' at 'lifetimeInSeconds' failed to satisfy constraint: Member must be a 64-bit integer", violations);
    }

    [Fact]
    public void Ignores_members_the_model_does_not_know() =>
        Assert.Empty(Validate("GetHIT", """{"HITId":"ABC","SomethingNew":true}"""));

    [Fact]
    public void Describes_several_violations_in_one_message() =>
        Assert.Equal(
            "2 validation errors detected: a; b",
            ModelValidator.Describe(["a", "b"]));
}
