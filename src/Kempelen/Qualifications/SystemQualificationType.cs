using System.Globalization;

namespace Kempelen.Qualifications;

/// <summary>
/// One of MTurk's well-known qualification types (mturk-compat §4.3). They are not stored: every worker's value is
/// computed from their record (<see cref="WorkerStanding"/>), so no requester can grant, revoke or score them.
/// <see cref="Name"/> is MTurk's; <see cref="Label"/> is what workers and requesters read in the web apps, in lists and in
/// requirements alike, and <see cref="Unit"/> follows its values there ("%" for the rates).
/// </summary>
public sealed record SystemQualificationType(string Id, string Name, string Label, string Description, string Unit = "")
{
    /// <summary>A worker's value as the web apps show it, wherever it is shown: "95%", "US (CA)", "Yes", "Held".</summary>
    public string ValueText(HeldQualification? value) => Id switch
    {
        SystemQualificationTypes.Locale => value?.LocaleValue is { } locale ? RequirementText.Locale(locale) : "Not set",
        SystemQualificationTypes.Adult => value?.IntegerValue == 1 ? "Yes" : "No",
        _ when SystemQualificationTypes.Masters.Contains(Id) => value is null ? "Not held" : "Held",
        _ => value?.IntegerValue is { } number ? number.ToString(CultureInfo.InvariantCulture) + Unit : "—",
    };
}
