namespace Kempelen.Qualifications;

/// <summary>A qualification a worker holds now: an integer, or for Worker_Locale a locale.</summary>
public sealed record HeldQualification(int? IntegerValue, Locale? LocaleValue);
