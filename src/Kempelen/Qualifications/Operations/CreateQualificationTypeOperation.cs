using Kempelen.Accounts;
using Kempelen.Protocol;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record CreateQualificationTypeRequest
{
    public string Name { get; init; } = string.Empty;

    public string? Keywords { get; init; }

    public string Description { get; init; } = string.Empty;

    public string QualificationTypeStatus { get; init; } = string.Empty;

    public long? RetryDelayInSeconds { get; init; }

    public string? Test { get; init; }

    public string? AnswerKey { get; init; }

    public long? TestDurationInSeconds { get; init; }

    public bool? AutoGranted { get; init; }

    public int? AutoGrantedValue { get; init; }
}

public sealed record CreateQualificationTypeResponse(Wire.QualificationType QualificationType);

public sealed class CreateQualificationTypeOperation(CreateQualificationType createType)
    : IMTurkOperation<CreateQualificationTypeRequest, CreateQualificationTypeResponse>
{
    public async Task<CreateQualificationTypeResponse> ExecuteAsync(CreateQualificationTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var terms = new QualificationTypeTerms(
            request.Name,
            request.Description,
            request.Keywords,
            Enum.Parse<QualificationTypeStatus>(request.QualificationTypeStatus),
            request.Test,
            request.AnswerKey,
            request.TestDurationInSeconds,
            request.RetryDelayInSeconds,
            request.AutoGranted,
            request.AutoGrantedValue);
        var type = await createType.ExecuteAsync(caller, terms, cancellationToken);
        return new CreateQualificationTypeResponse(Wire.QualificationType.From(type, caller));
    }
}
