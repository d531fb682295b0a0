using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record AssociateQualificationWithWorkerRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;

    public string WorkerId { get; init; } = string.Empty;

    public int? IntegerValue { get; init; }

    public bool? SendNotification { get; init; }
}

public sealed record AssociateQualificationWithWorkerResponse;

/// <summary>
/// SendNotification is accepted and not acted on yet: Kempelen delivers no worker notifications so far, so the
/// grant happens either way.
/// </summary>
public sealed class AssociateQualificationWithWorkerOperation(AssociateQualification associate)
    : IMTurkOperation<AssociateQualificationWithWorkerRequest, AssociateQualificationWithWorkerResponse>
{
    public async Task<AssociateQualificationWithWorkerResponse> ExecuteAsync(AssociateQualificationWithWorkerRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await associate.ExecuteAsync(caller, request.QualificationTypeId, request.WorkerId, request.IntegerValue ?? AssociateQualification.DefaultValue, cancellationToken);
        return new AssociateQualificationWithWorkerResponse();
    }
}
