using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record DeleteWorkerBlockRequest
{
    public string WorkerId { get; init; } = string.Empty;

    public string? Reason { get; init; }
}

public sealed record DeleteWorkerBlockResponse;

public sealed class DeleteWorkerBlockOperation(UnblockWorker unblock) : IMTurkOperation<DeleteWorkerBlockRequest, DeleteWorkerBlockResponse>
{
    public async Task<DeleteWorkerBlockResponse> ExecuteAsync(DeleteWorkerBlockRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await unblock.ExecuteAsync(caller, request.WorkerId, cancellationToken);
        return new DeleteWorkerBlockResponse();
    }
}
