using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;

namespace Kempelen.Hits.Operations;

public sealed record CreateHITRequest : IHitTypeMembers, IHitMembers
{
    public int? MaxAssignments { get; init; }

    public long? AutoApprovalDelayInSeconds { get; init; }

    public long LifetimeInSeconds { get; init; }

    public long AssignmentDurationInSeconds { get; init; }

    public string Reward { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string? Keywords { get; init; }

    public string Description { get; init; } = string.Empty;

    public string? Question { get; init; }

    public string? RequesterAnnotation { get; init; }

    public List<QualificationRequirement>? QualificationRequirements { get; init; }

    public string? UniqueRequestToken { get; init; }

    public List<HITLayoutParameter>? HITLayoutParameters { get; init; }

    public string? HITLayoutId { get; init; }

    public JsonElement? AssignmentReviewPolicy { get; init; }

    public JsonElement? HITReviewPolicy { get; init; }
}

public sealed record HITLayoutParameter
{
    public string Name { get; init; } = string.Empty;

    public string Value { get; init; } = string.Empty;
}

public sealed record CreateHITResponse(HIT HIT);

public sealed class CreateHitOperation(DefineHitType defineHitType, CreateHit createHit, TimeProvider time)
    : IMTurkOperation<CreateHITRequest, CreateHITResponse>
{
    public async Task<CreateHITResponse> ExecuteAsync(CreateHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var hitRequest = HitTypeWire.Hit(request);
        var type = await defineHitType.ExecuteAsync(caller, HitTypeWire.Properties(request), cancellationToken);
        var hit = await createHit.ExecuteAsync(type, hitRequest, cancellationToken);
        return new CreateHITResponse(HIT.From(hit, type, time.UtcNowToTheMillisecond()));
    }
}
