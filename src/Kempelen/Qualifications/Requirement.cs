namespace Kempelen.Qualifications;

/// <summary>A qualification requirement on a HIT type, as the requester stated it (mturk-compat §11).</summary>
public sealed record Requirement(
    string QualificationTypeId,
    Comparator Comparator,
    IReadOnlyList<int> IntegerValues,
    IReadOnlyList<Locale> LocaleValues,
    GuardedActions Guards)
{
    public const int MaxPerHitType = 10;
    private const string Parameter = "QualificationRequirements";

    public bool IsMasters => SystemQualificationTypes.Masters.Contains(QualificationTypeId);

    /// <summary>
    /// Builds a requirement from the wire's members, refusing inconsistent comparator and value combinations
    /// (§11.1) and the deprecated RequiredToPreview given together with ActionsGuarded (§11.2).
    /// </summary>
    public static Requirement Create(
        int position,
        string qualificationTypeId,
        Comparator comparator,
        IReadOnlyList<int>? integerValues,
        IReadOnlyList<Locale>? localeValues,
        bool? requiredToPreview,
        GuardedActions? actionsGuarded)
    {
        var integers = integerValues ?? [];
        var locales = localeValues ?? [];
        var where = $"QualificationRequirements[{position}] ({qualificationTypeId}, {comparator})";
        void Refuse(string problem) => throw DomainException.InvalidParameter(Parameter, $"{where}: {problem}");

        if (requiredToPreview is not null && actionsGuarded is not null)
        {
            Refuse("give either ActionsGuarded or the deprecated RequiredToPreview, not both.");
        }

        if (integers.Count > 0 && locales.Count > 0)
        {
            Refuse("give either IntegerValues or LocaleValues, not both.");
        }

        var isLocaleType = qualificationTypeId == SystemQualificationTypes.Locale;
        if (locales.Count > 0 && !isLocaleType)
        {
            Refuse($"LocaleValues are allowed only with the Worker_Locale type {SystemQualificationTypes.Locale}.");
        }

        if (isLocaleType && integers.Count > 0)
        {
            Refuse("the Worker_Locale type is compared with LocaleValues, not IntegerValues.");
        }

        var values = Math.Max(integers.Count, locales.Count);
        switch (comparator)
        {
            case Comparator.Exists or Comparator.DoesNotExist:
                if (values > 0)
                {
                    Refuse($"{comparator} takes no values; got {values}.");
                }

                break;
            case Comparator.LessThan or Comparator.LessThanOrEqualTo or Comparator.GreaterThan or Comparator.GreaterThanOrEqualTo:
                if (isLocaleType)
                {
                    Refuse($"{comparator} cannot compare locales; use EqualTo, NotEqualTo, In or NotIn.");
                }

                if (integers.Count != 1)
                {
                    Refuse($"{comparator} takes exactly one IntegerValues entry; got {integers.Count}.");
                }

                break;
            case Comparator.EqualTo or Comparator.NotEqualTo:
                if (values != 1)
                {
                    Refuse($"{comparator} takes exactly one IntegerValues or LocaleValues entry; got {values}.");
                }

                break;
            case Comparator.In or Comparator.NotIn:
                if (values == 0)
                {
                    Refuse($"{comparator} takes at least one value; got none.");
                }

                if (integers.Count > 15)
                {
                    Refuse($"{comparator} takes at most 15 IntegerValues; got {integers.Count}.");
                }

                if (locales.Count > 30)
                {
                    Refuse($"{comparator} takes at most 30 LocaleValues; got {locales.Count}.");
                }

                break;
        }

        foreach (var locale in locales)
        {
            if (!LocaleCodes.IsCountry(locale.Country) || (locale.Subdivision is not null && !LocaleCodes.IsSubdivision(locale.Subdivision)))
            {
                Refuse($"a locale is an ISO 3166-1 country like US and an optional ISO 3166-2 subdivision like CA; got '{locale.Country}'/'{locale.Subdivision}'.");
            }
        }

        var guards = actionsGuarded ?? (requiredToPreview == true ? GuardedActions.PreviewAndAccept : GuardedActions.Accept);
        return new Requirement(qualificationTypeId, comparator, integers, locales, guards);
    }

    /// <summary>Stable text that is equal for equal requirements; used to recognise an existing HIT type.</summary>
    public string CanonicalText() =>
        string.Join(
            "|",
            QualificationTypeId,
            Comparator,
            string.Join(",", IntegerValues.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            string.Join(",", LocaleValues.Select(l => $"{l.Country}-{l.Subdivision}")),
            Guards);
}
