using Kempelen.Accounts;
using Kempelen.Protocol;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record UpdateQualificationTypeRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;

    public string? Description { get; init; }

    public string? QualificationTypeStatus { get; init; }

    public string? Test { get; init; }

    public string? AnswerKey { get; init; }

    public long? TestDurationInSeconds { get; init; }

    public long? RetryDelayInSeconds { get; init; }

    public bool? AutoGranted { get; init; }

    public int? AutoGrantedValue { get; init; }
}

public sealed record UpdateQualificationTypeResponse(Wire.QualificationType QualificationType);

public sealed class UpdateQualificationTypeOperation(UpdateQualificationType updateType)
    : IMTurkOperation<UpdateQualificationTypeRequest, UpdateQualificationTypeResponse>
{
    public async Task<UpdateQualificationTypeResponse> ExecuteAsync(UpdateQualificationTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        // Name and Keywords cannot change (mturk-compat §9.5); the model has no members for them.
        var changes = new QualificationTypeTerms(
            null,
            request.Description,
            null,
            request.QualificationTypeStatus is { } status ? Enum.Parse<QualificationTypeStatus>(status) : null,
            request.Test,
            request.AnswerKey,
            request.TestDurationInSeconds,
            request.RetryDelayInSeconds,
            request.AutoGranted,
            request.AutoGrantedValue);
        var type = await updateType.ExecuteAsync(caller, request.QualificationTypeId, changes, cancellationToken);
        return new UpdateQualificationTypeResponse(Wire.QualificationType.From(type, caller));
    }
}
