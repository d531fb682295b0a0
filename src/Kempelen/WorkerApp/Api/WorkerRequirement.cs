namespace Kempelen.WorkerApp.Api;

/// <summary>A HIT group's requirement as MTurk states it, with its meaning in words and whether this worker meets it.</summary>
public sealed record WorkerRequirement(
    string QualificationTypeId,
    string Comparator,
    List<int>? IntegerValues,
    List<LocaleValue>? LocaleValues,
    string ActionsGuarded,
    string Description,
    bool Met,
    bool Requestable)
{
    public static WorkerRequirement From(RequirementLine line) => new(
        line.QualificationTypeId,
        line.Requirement.Comparator.ToString(),
        line.Requirement.IntegerValues.Count > 0 ? [.. line.Requirement.IntegerValues] : null,
        line.Requirement.LocaleValues.Count > 0 ? line.Requirement.LocaleValues.Select(LocaleValue.From).ToList() : null,
        line.Requirement.Guards.ToString(),
        line.Text,
        line.Met,
        line.Requestable);
}
