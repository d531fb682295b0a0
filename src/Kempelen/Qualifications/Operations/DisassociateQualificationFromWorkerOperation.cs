using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record DisassociateQualificationFromWorkerRequest
{
    public string WorkerId { get; init; } = string.Empty;

    public string QualificationTypeId { get; init; } = string.Empty;

    public string? Reason { get; init; }
}

public sealed record DisassociateQualificationFromWorkerResponse;

public sealed class DisassociateQualificationFromWorkerOperation(RevokeQualification revoke)
    : IMTurkOperation<DisassociateQualificationFromWorkerRequest, DisassociateQualificationFromWorkerResponse>
{
    public async Task<DisassociateQualificationFromWorkerResponse> ExecuteAsync(DisassociateQualificationFromWorkerRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await revoke.ExecuteAsync(caller, request.QualificationTypeId, request.WorkerId, request.Reason, cancellationToken);
        return new DisassociateQualificationFromWorkerResponse();
    }
}
