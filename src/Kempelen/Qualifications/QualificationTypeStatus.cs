namespace Kempelen.Qualifications;

/// <summary>Whether workers may request the type now (mturk-compat §9.5); Disposing is MTurk's deletion in progress.</summary>
public enum QualificationTypeStatus
{
    Active,
    Inactive,
    Disposing,
}
