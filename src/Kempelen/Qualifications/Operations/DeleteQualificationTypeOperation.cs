using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Qualifications.Operations;

public sealed record DeleteQualificationTypeRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;
}

public sealed record DeleteQualificationTypeResponse;

public sealed class DeleteQualificationTypeOperation(DeleteQualificationType deleteType)
    : IMTurkOperation<DeleteQualificationTypeRequest, DeleteQualificationTypeResponse>
{
    public async Task<DeleteQualificationTypeResponse> ExecuteAsync(DeleteQualificationTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await deleteType.ExecuteAsync(caller, request.QualificationTypeId, cancellationToken);
        return new DeleteQualificationTypeResponse();
    }
}
