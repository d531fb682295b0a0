using Kempelen.Qualifications;

namespace Kempelen.RequesterApp;

/// <summary>One qualification requirement as the project form edits it: values typed as a comma-separated list.</summary>
public sealed class RequirementRow
{
    public string? TypeId { get; set; }

    public Comparator Comparator { get; set; } = Comparator.GreaterThanOrEqualTo;

    /// <summary>Whole numbers ("95", "1, 2") or, for Worker_Locale, countries with optional subdivisions ("US, CA-ON").</summary>
    public string? Values { get; set; }

    public GuardedActions Guards { get; set; } = GuardedActions.Accept;

    public bool IsBlank => string.IsNullOrWhiteSpace(TypeId);

    public static RequirementRow From(Requirement requirement) => new()
    {
        TypeId = requirement.QualificationTypeId,
        Comparator = requirement.Comparator,
        Values = requirement.LocaleValues.Count > 0
            ? string.Join(", ", requirement.LocaleValues.Select(l => l.Subdivision is null ? l.Country : $"{l.Country}-{l.Subdivision}"))
            : string.Join(", ", requirement.IntegerValues.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Guards = requirement.Guards,
    };

    public Requirement ToRequirement(int position)
    {
        var typeId = TypeId!.Trim();
        var parts = (Values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (typeId == SystemQualificationTypes.Locale)
        {
            var locales = parts.Select(p => p.Split('-', 2) is [var country, var subdivision] ? new Locale(country.ToUpperInvariant(), subdivision.ToUpperInvariant()) : new Locale(p.ToUpperInvariant(), null)).ToList();
            return Requirement.Create(position, typeId, Comparator, null, locales, null, Guards);
        }

        var integers = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                throw DomainException.InvalidParameter("QualificationRequirements", $"Requirement {position}: '{part}' is not a whole number; give values like 95 or 1, 2, 3.");
            }

            integers.Add(value);
        }

        return Requirement.Create(position, typeId, Comparator, integers, null, null, Guards);
    }
}
