using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record GetQualificationTypeRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;
}

public sealed record GetQualificationTypeResponse(Wire.QualificationType QualificationType);

/// <summary>Any type: the caller's, another requester's or a system type (mturk-compat §9.5).</summary>
public sealed class GetQualificationTypeOperation(KempelenDb db) : IMTurkOperation<GetQualificationTypeRequest, GetQualificationTypeResponse>
{
    public async Task<GetQualificationTypeResponse> ExecuteAsync(GetQualificationTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        if (SystemQualificationTypes.Find(request.QualificationTypeId) is { } system)
        {
            return new GetQualificationTypeResponse(Wire.QualificationType.From(system));
        }

        var type = await db.FindQualificationTypeAsync(request.QualificationTypeId, cancellationToken);
        return new GetQualificationTypeResponse(Wire.QualificationType.From(type, caller));
    }
}
