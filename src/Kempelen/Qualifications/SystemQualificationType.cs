namespace Kempelen.Qualifications;

/// <summary>
/// One of MTurk's well-known qualification types (mturk-compat §4.3). They are not stored: every worker's value is
/// computed from their record (<see cref="WorkerStanding"/>), so no requester can grant, revoke or score them.
/// </summary>
public sealed record SystemQualificationType(string Id, string Name, string Description);
