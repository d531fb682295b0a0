using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;

namespace Kempelen.Hits.Operations;

public sealed record CreateHITTypeRequest : IHitTypeMembers
{
    public long? AutoApprovalDelayInSeconds { get; init; }

    public long AssignmentDurationInSeconds { get; init; }

    public string Reward { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string? Keywords { get; init; }

    public string Description { get; init; } = string.Empty;

    public List<QualificationRequirement>? QualificationRequirements { get; init; }
}

public sealed record CreateHITTypeResponse(string HITTypeId);

public sealed class CreateHitTypeOperation(DefineHitType defineHitType) : IMTurkOperation<CreateHITTypeRequest, CreateHITTypeResponse>
{
    public async Task<CreateHITTypeResponse> ExecuteAsync(CreateHITTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var type = await defineHitType.ExecuteAsync(caller, HitTypeWire.Properties(request), cancellationToken);
        return new CreateHITTypeResponse(type.Id.Value);
    }
}
