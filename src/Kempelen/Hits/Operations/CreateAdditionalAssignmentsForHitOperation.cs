using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Hits.Operations;

public sealed record CreateAdditionalAssignmentsForHITRequest
{
    public string HITId { get; init; } = string.Empty;

    public int NumberOfAdditionalAssignments { get; init; }

    public string? UniqueRequestToken { get; init; }
}

public sealed record CreateAdditionalAssignmentsForHITResponse;

public sealed class CreateAdditionalAssignmentsForHitOperation(AddHitAssignments add)
    : IMTurkOperation<CreateAdditionalAssignmentsForHITRequest, CreateAdditionalAssignmentsForHITResponse>
{
    public async Task<CreateAdditionalAssignmentsForHITResponse> ExecuteAsync(CreateAdditionalAssignmentsForHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await add.ExecuteAsync(caller, request.HITId, request.NumberOfAdditionalAssignments, request.UniqueRequestToken, cancellationToken);
        return new CreateAdditionalAssignmentsForHITResponse();
    }
}
