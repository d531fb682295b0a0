using System.Text.Json;
using Kempelen.Protocol.ApiModel;
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

    /// <summary>
    /// A QualificationRequirements list written as boto3 sends it (a JSON array), for the CLI: checked against the
    /// API model and turned into requirements by the same code as CreateHITType, so its errors read the same.
    /// </summary>
    public static List<Requirement> ListFromJson(string json, string parameter)
    {
        JsonDocument list;
        try
        {
            list = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException exception)
        {
            throw DomainException.InvalidParameter(parameter, $"The file is not JSON: {exception.Message}");
        }

        using (list)
        {
            if (list.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw DomainException.InvalidParameter(parameter, "The file must hold a JSON array of QualificationRequirement objects, as QualificationRequirements takes.");
            }

            var wrapper = JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement> { ["QualificationRequirements"] = list.RootElement });
            MTurkApiModel.Instance.TryGetInput("CreateHITType", out var input);
            var violations = ModelValidator.Validate(input, wrapper)
                .Where(v => v.Contains("qualificationRequirements", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (violations.Count > 0)
            {
                throw DomainException.InvalidParameter(parameter, ModelValidator.Describe(violations));
            }

            return ToDomain(wrapper.Deserialize(WireJson.Default.CreateHITTypeRequest)!.QualificationRequirements);
        }
    }

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
