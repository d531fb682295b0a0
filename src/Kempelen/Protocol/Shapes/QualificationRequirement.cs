using Kempelen.Qualifications;

namespace Kempelen.Protocol.Shapes;

public sealed record QualificationRequirement
{
    public string QualificationTypeId { get; init; } = string.Empty;

    public string Comparator { get; init; } = string.Empty;

    public List<int>? IntegerValues { get; init; }

    public List<Locale>? LocaleValues { get; init; }

    public bool? RequiredToPreview { get; init; }

    public string? ActionsGuarded { get; init; }

    public static List<Requirement> ToDomain(List<QualificationRequirement>? wire) =>
        (wire ?? []).Select((r, index) => Requirement.Create(
            index + 1,
            r.QualificationTypeId,
            Enum.Parse<Comparator>(r.Comparator),
            r.IntegerValues,
            r.LocaleValues?.Select(l => new Qualifications.Locale(l.Country, l.Subdivision)).ToList(),
            r.RequiredToPreview,
            r.ActionsGuarded is null ? null : Enum.Parse<GuardedActions>(r.ActionsGuarded))).ToList();

    /// <summary>Responses carry both ActionsGuarded and the matching deprecated RequiredToPreview (mturk-compat §11.2).</summary>
    public static QualificationRequirement FromDomain(Requirement requirement) => new()
    {
        QualificationTypeId = requirement.QualificationTypeId,
        Comparator = requirement.Comparator.ToString(),
        IntegerValues = requirement.IntegerValues.Count > 0 ? [.. requirement.IntegerValues] : null,
        LocaleValues = requirement.LocaleValues.Count > 0
            ? requirement.LocaleValues.Select(l => new Locale { Country = l.Country, Subdivision = l.Subdivision }).ToList()
            : null,
        RequiredToPreview = requirement.Guards != GuardedActions.Accept,
        ActionsGuarded = requirement.Guards.ToString(),
    };
}
