namespace Kempelen.Protocol.Shapes;

/// <summary>The model's Qualification shape: one worker's standing in one type. Only requesters' types are scored, so no LocaleValue is ever sent.</summary>
public sealed record Qualification
{
    public string? QualificationTypeId { get; init; }

    public string? WorkerId { get; init; }

    public DateTime? GrantTime { get; init; }

    public int? IntegerValue { get; init; }

    public Locale? LocaleValue { get; init; }

    public string? Status { get; init; }

    public static Qualification From(Qualifications.Qualification qualification) => new()
    {
        QualificationTypeId = qualification.QualificationTypeId.Value,
        WorkerId = qualification.WorkerId.Value,
        GrantTime = qualification.GrantTime,
        IntegerValue = qualification.IntegerValue,
        Status = qualification.Status.ToString(),
    };
}
