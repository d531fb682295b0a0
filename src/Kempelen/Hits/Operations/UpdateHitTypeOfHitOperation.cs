using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Hits.Operations;

public sealed record UpdateHITTypeOfHITRequest
{
    public string HITId { get; init; } = string.Empty;

    public string HITTypeId { get; init; } = string.Empty;
}

public sealed record UpdateHITTypeOfHITResponse;

public sealed class UpdateHitTypeOfHitOperation(MoveHitToType moveHitToType)
    : IMTurkOperation<UpdateHITTypeOfHITRequest, UpdateHITTypeOfHITResponse>
{
    public async Task<UpdateHITTypeOfHITResponse> ExecuteAsync(UpdateHITTypeOfHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await moveHitToType.ExecuteAsync(caller, request.HITId, request.HITTypeId, cancellationToken);
        return new UpdateHITTypeOfHITResponse();
    }
}
