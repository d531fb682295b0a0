using Kempelen.Finance;
using Kempelen.Protocol.Shapes;

namespace Kempelen.Hits.Operations;

/// <summary>The HIT type members CreateHITType and CreateHIT share.</summary>
public interface IHitTypeMembers
{
    string Title { get; }

    string Description { get; }

    string? Keywords { get; }

    string Reward { get; }

    long AssignmentDurationInSeconds { get; }

    long? AutoApprovalDelayInSeconds { get; }

    List<QualificationRequirement>? QualificationRequirements { get; }
}

/// <summary>The HIT members CreateHIT and CreateHITWithHITType share.</summary>
public interface IHitMembers
{
    int? MaxAssignments { get; }

    long LifetimeInSeconds { get; }

    string? Question { get; }

    string? HITLayoutId { get; }

    List<HITLayoutParameter>? HITLayoutParameters { get; }

    string? RequesterAnnotation { get; }

    string? UniqueRequestToken { get; }

    System.Text.Json.JsonElement? AssignmentReviewPolicy { get; }

    System.Text.Json.JsonElement? HITReviewPolicy { get; }
}

internal static class HitTypeWire
{
    public static HitTypeProperties Properties(IHitTypeMembers request) =>
        HitTypeProperties.Create(
            request.Title,
            request.Description,
            request.Keywords,
            Money.Parse(request.Reward, "Reward"),
            request.AssignmentDurationInSeconds,
            request.AutoApprovalDelayInSeconds,
            QualificationRequirement.ToDomain(request.QualificationRequirements));

    /// <summary>MaxAssignments defaults to 1 (mturk-compat §5.4); review policies are refused until supported.</summary>
    public static HitRequest Hit(IHitMembers request)
    {
        ReviewPolicies.RefuseUntilSupported(request.AssignmentReviewPolicy, request.HITReviewPolicy);
        return new HitRequest(
            request.MaxAssignments ?? 1,
            request.LifetimeInSeconds,
            request.Question,
            request.HITLayoutId,
            (request.HITLayoutParameters ?? []).Select(p => KeyValuePair.Create(p.Name, p.Value)).ToList(),
            request.RequesterAnnotation,
            request.UniqueRequestToken);
    }
}
