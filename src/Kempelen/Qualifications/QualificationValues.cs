namespace Kempelen.Qualifications;

/// <summary>
/// Everything a worker holds at one instant: the system qualifications computed from their record and profile,
/// and the granted ones. Requirements are decided against this, in memory, so a page of HIT groups costs one
/// load however many requirements it shows.
/// </summary>
public sealed class QualificationValues(IReadOnlyDictionary<string, HeldQualification> held)
{
    public static readonly QualificationValues None = new(new Dictionary<string, HeldQualification>());

    public HeldQualification? Find(string qualificationTypeId) => held.GetValueOrDefault(qualificationTypeId);

    /// <summary>Whether the worker meets one requirement (mturk-compat §11.1): without the qualification only DoesNotExist passes.</summary>
    public bool Meets(Requirement requirement)
    {
        var value = Find(requirement.QualificationTypeId);
        if (value is null)
        {
            return requirement.Comparator == Comparator.DoesNotExist;
        }

        if (value.LocaleValue is { } locale)
        {
            return requirement.Comparator switch
            {
                Comparator.Exists => true,
                Comparator.DoesNotExist => false,
                Comparator.EqualTo or Comparator.In => requirement.LocaleValues.Any(l => Matches(l, locale)),
                Comparator.NotEqualTo or Comparator.NotIn => !requirement.LocaleValues.Any(l => Matches(l, locale)),
                _ => false,
            };
        }

        var integer = value.IntegerValue ?? 0;
        var first = requirement.IntegerValues.Count > 0 ? requirement.IntegerValues[0] : 0;
        return requirement.Comparator switch
        {
            Comparator.Exists => true,
            Comparator.DoesNotExist => false,
            Comparator.LessThan => integer < first,
            Comparator.LessThanOrEqualTo => integer <= first,
            Comparator.GreaterThan => integer > first,
            Comparator.GreaterThanOrEqualTo => integer >= first,
            Comparator.EqualTo => integer == first,
            Comparator.NotEqualTo => integer != first,
            Comparator.In => requirement.IntegerValues.Contains(integer),
            Comparator.NotIn => !requirement.IntegerValues.Contains(integer),
            _ => false,
        };
    }

    /// <summary>A required locale matches the worker's when the country agrees and, if it names one, the subdivision too.</summary>
    private static bool Matches(Locale required, Locale worker) =>
        required.Country == worker.Country && (required.Subdivision is null || required.Subdivision == worker.Subdivision);
}
