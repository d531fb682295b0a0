using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record AcceptQualificationRequestRequest
{
    public string QualificationRequestId { get; init; } = string.Empty;

    public int? IntegerValue { get; init; }
}

public sealed record AcceptQualificationRequestResponse;

public sealed class AcceptQualificationRequestOperation(AcceptQualificationRequest accept)
    : IMTurkOperation<AcceptQualificationRequestRequest, AcceptQualificationRequestResponse>
{
    public async Task<AcceptQualificationRequestResponse> ExecuteAsync(AcceptQualificationRequestRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await accept.ExecuteAsync(caller, request.QualificationRequestId, request.IntegerValue ?? AcceptQualificationRequest.DefaultValue, cancellationToken);
        return new AcceptQualificationRequestResponse();
    }
}
