using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Hits.Operations;

public sealed record DeleteHITRequest
{
    public string HITId { get; init; } = string.Empty;
}

public sealed record DeleteHITResponse;

public sealed class DeleteHitOperation(DeleteHit deleteHit) : IMTurkOperation<DeleteHITRequest, DeleteHITResponse>
{
    public async Task<DeleteHITResponse> ExecuteAsync(DeleteHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await deleteHit.ExecuteAsync(caller, request.HITId, cancellationToken);
        return new DeleteHITResponse();
    }
}
