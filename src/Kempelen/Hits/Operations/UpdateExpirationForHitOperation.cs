using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Hits.Operations;

public sealed record UpdateExpirationForHITRequest
{
    public string HITId { get; init; } = string.Empty;

    public DateTime ExpireAt { get; init; }
}

public sealed record UpdateExpirationForHITResponse;

public sealed class UpdateExpirationForHitOperation(ChangeHitExpiration changeHitExpiration)
    : IMTurkOperation<UpdateExpirationForHITRequest, UpdateExpirationForHITResponse>
{
    public async Task<UpdateExpirationForHITResponse> ExecuteAsync(UpdateExpirationForHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await changeHitExpiration.ExecuteAsync(caller, request.HITId, request.ExpireAt, cancellationToken);
        return new UpdateExpirationForHITResponse();
    }
}
