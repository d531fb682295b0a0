using Kempelen.Accounts;
using Kempelen.Qualifications;

namespace Kempelen.Protocol.Shapes;

/// <summary>The model's QualificationType shape; member names are the contract.</summary>
public sealed record QualificationType
{
    public string? QualificationTypeId { get; init; }

    public DateTime? CreationTime { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Keywords { get; init; }

    public string? QualificationTypeStatus { get; init; }

    public string? Test { get; init; }

    public long? TestDurationInSeconds { get; init; }

    public string? AnswerKey { get; init; }

    public long? RetryDelayInSeconds { get; init; }

    public bool? IsRequestable { get; init; }

    public bool? AutoGranted { get; init; }

    public int? AutoGrantedValue { get; init; }

    /// <summary>A requester's type; the test and its answer key are shown to the owner only (mturk-compat §9.5).</summary>
    public static QualificationType From(Qualifications.QualificationType type, RequesterId caller)
    {
        var owner = type.OwnerId == caller;
        return new()
        {
            QualificationTypeId = type.Id.Value,
            CreationTime = type.CreatedAt,
            Name = type.Name,
            Description = type.Description,
            Keywords = type.Keywords,
            QualificationTypeStatus = type.Status.ToString(),
            Test = owner ? type.Test : null,
            TestDurationInSeconds = type.TestDurationInSeconds,
            AnswerKey = owner ? type.AnswerKey : null,
            RetryDelayInSeconds = type.RetryDelayInSeconds,
            IsRequestable = type.IsRequestable,
            AutoGranted = type.AutoGranted,
            AutoGrantedValue = type.AutoGranted ? type.AutoGrantedValue : null,
        };
    }

    /// <summary>A system type: always active, never requested, so never granted on request (mturk-compat §4.3).</summary>
    public static QualificationType From(SystemQualificationType type) => new()
    {
        QualificationTypeId = type.Id,
        CreationTime = SystemQualificationTypes.CreationTime,
        Name = type.Name,
        Description = type.Description,
        QualificationTypeStatus = nameof(Qualifications.QualificationTypeStatus.Active),
        IsRequestable = false,
        AutoGranted = false,
    };
}
