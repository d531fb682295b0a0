using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record CreateWorkerBlockRequest
{
    public string WorkerId { get; init; } = string.Empty;

    public string Reason { get; init; } = string.Empty;
}

public sealed record CreateWorkerBlockResponse;

public sealed class CreateWorkerBlockOperation(BlockWorker block) : IMTurkOperation<CreateWorkerBlockRequest, CreateWorkerBlockResponse>
{
    public async Task<CreateWorkerBlockResponse> ExecuteAsync(CreateWorkerBlockRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await block.ExecuteAsync(caller, request.WorkerId, request.Reason, cancellationToken);
        return new CreateWorkerBlockResponse();
    }
}
