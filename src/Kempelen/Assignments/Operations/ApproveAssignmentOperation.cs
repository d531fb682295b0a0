using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Assignments.Operations;

public sealed record ApproveAssignmentRequest
{
    public string AssignmentId { get; init; } = string.Empty;

    public string? RequesterFeedback { get; init; }

    public bool? OverrideRejection { get; init; }
}

public sealed record ApproveAssignmentResponse;

public sealed class ApproveAssignmentOperation(ApproveAssignment approve) : IMTurkOperation<ApproveAssignmentRequest, ApproveAssignmentResponse>
{
    public async Task<ApproveAssignmentResponse> ExecuteAsync(ApproveAssignmentRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await approve.ExecuteAsync(caller, request.AssignmentId, request.RequesterFeedback, request.OverrideRejection ?? false, cancellationToken);
        return new ApproveAssignmentResponse();
    }
}
