using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Assignments.Operations;

public sealed record RejectAssignmentRequest
{
    public string AssignmentId { get; init; } = string.Empty;

    public string RequesterFeedback { get; init; } = string.Empty;
}

public sealed record RejectAssignmentResponse;

public sealed class RejectAssignmentOperation(RejectAssignment reject) : IMTurkOperation<RejectAssignmentRequest, RejectAssignmentResponse>
{
    public async Task<RejectAssignmentResponse> ExecuteAsync(RejectAssignmentRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await reject.ExecuteAsync(caller, request.AssignmentId, request.RequesterFeedback, cancellationToken);
        return new RejectAssignmentResponse();
    }
}
