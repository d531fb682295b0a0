using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;
using Kempelen.Storage;

namespace Kempelen.Hits.Operations;

public sealed record CreateHITWithHITTypeRequest : IHitMembers
{
    public string HITTypeId { get; init; } = string.Empty;

    public int? MaxAssignments { get; init; }

    public long LifetimeInSeconds { get; init; }

    public string? Question { get; init; }

    public string? RequesterAnnotation { get; init; }

    public string? UniqueRequestToken { get; init; }

    public List<HITLayoutParameter>? HITLayoutParameters { get; init; }

    public string? HITLayoutId { get; init; }

    public JsonElement? AssignmentReviewPolicy { get; init; }

    public JsonElement? HITReviewPolicy { get; init; }
}

public sealed record CreateHITWithHITTypeResponse(HIT HIT);

public sealed class CreateHitWithHitTypeOperation(KempelenDb db, HitTypeCache types, CreateHit createHit, TimeProvider time)
    : IMTurkOperation<CreateHITWithHITTypeRequest, CreateHITWithHITTypeResponse>
{
    public async Task<CreateHITWithHITTypeResponse> ExecuteAsync(CreateHITWithHITTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var hitRequest = HitTypeWire.Hit(request);
        var type = await types.FindHitTypeAsync(db, caller, request.HITTypeId, cancellationToken);
        var hit = await createHit.ExecuteAsync(type, hitRequest, cancellationToken);
        return new CreateHITWithHITTypeResponse(HIT.From(hit, type, time.UtcNowToTheMillisecond()));
    }
}
