using System.Globalization;

namespace Kempelen.Qualifications;

/// <summary>
/// A requirement as a worker reads it: "Approval rate ≥ 95%", "Location is US (CA)", "Masters", "Image tagging ≥ 80".
/// System types have fixed names; a requester's type is called by its name (or its ID when the name is not at hand).
/// </summary>
public static class RequirementText
{
    public static string Describe(Requirement requirement, string? typeName)
    {
        var id = requirement.QualificationTypeId;
        if (id == SystemQualificationTypes.Locale)
        {
            return DescribeLocale(requirement);
        }

        if (requirement.IsMasters)
        {
            return requirement.Comparator == Comparator.DoesNotExist ? "Not Masters" : "Masters";
        }

        if (id == SystemQualificationTypes.Adult && requirement is { Comparator: Comparator.EqualTo, IntegerValues: [1] })
        {
            return "Adult (agreed to see adult content)";
        }

        var (name, unit) = SystemQualificationTypes.Find(id) is { } system
            ? (system.Label, system.Unit)
            : (typeName ?? $"Qualification {id}", "");
        string Values() => string.Join(", ", requirement.IntegerValues.Select(v => v.ToString(CultureInfo.InvariantCulture) + unit));
        return requirement.Comparator switch
        {
            Comparator.Exists => $"Has {name}",
            Comparator.DoesNotExist => $"Does not have {name}",
            Comparator.LessThan => $"{name} < {Values()}",
            Comparator.LessThanOrEqualTo => $"{name} ≤ {Values()}",
            Comparator.GreaterThan => $"{name} > {Values()}",
            Comparator.GreaterThanOrEqualTo => $"{name} ≥ {Values()}",
            Comparator.EqualTo => $"{name} = {Values()}",
            Comparator.NotEqualTo => $"{name} ≠ {Values()}",
            Comparator.In => $"{name} is one of {Values()}",
            Comparator.NotIn => $"{name} is none of {Values()}",
        };
    }

    public static string Locale(Locale locale) => locale.Subdivision is null ? locale.Country : $"{locale.Country} ({locale.Subdivision})";

    private static string DescribeLocale(Requirement requirement)
    {
        var places = string.Join(", ", requirement.LocaleValues.Select(Locale));
        return requirement.Comparator switch
        {
            Comparator.EqualTo => $"Location is {places}",
            Comparator.NotEqualTo => $"Location is not {places}",
            Comparator.In => $"Location is one of {places}",
            Comparator.NotIn => $"Location is none of {places}",
            Comparator.Exists => "Location is set",
            Comparator.DoesNotExist => "Location is not set",

            // Requirement.Create refuses ordering comparators on locales.
            Comparator.LessThan or Comparator.LessThanOrEqualTo or Comparator.GreaterThan or Comparator.GreaterThanOrEqualTo => $"Location {requirement.Comparator} {places}",
        };
    }
}
