using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Hits.Operations;

public sealed record UpdateHITReviewStatusRequest
{
    public string HITId { get; init; } = string.Empty;

    public bool? Revert { get; init; }
}

public sealed record UpdateHITReviewStatusResponse;

public sealed class UpdateHitReviewStatusOperation(ChangeHitReviewStatus change) : IMTurkOperation<UpdateHITReviewStatusRequest, UpdateHITReviewStatusResponse>
{
    public async Task<UpdateHITReviewStatusResponse> ExecuteAsync(UpdateHITReviewStatusRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await change.ExecuteAsync(caller, request.HITId, request.Revert ?? false, cancellationToken);
        return new UpdateHITReviewStatusResponse();
    }
}
