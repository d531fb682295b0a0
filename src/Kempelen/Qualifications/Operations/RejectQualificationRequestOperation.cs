using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record RejectQualificationRequestRequest
{
    public string QualificationRequestId { get; init; } = string.Empty;

    public string? Reason { get; init; }
}

public sealed record RejectQualificationRequestResponse;

public sealed class RejectQualificationRequestOperation(RejectQualificationRequest reject)
    : IMTurkOperation<RejectQualificationRequestRequest, RejectQualificationRequestResponse>
{
    public async Task<RejectQualificationRequestResponse> ExecuteAsync(RejectQualificationRequestRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await reject.ExecuteAsync(caller, request.QualificationRequestId, request.Reason, cancellationToken);
        return new RejectQualificationRequestResponse();
    }
}
