namespace Kempelen.TaskContent;

/// <summary>
/// What a task frame may do, sealed into its URL: show HIT <see cref="HitId"/> and, when
/// <see cref="AssignmentId"/> is set, submit that assignment as <see cref="WorkerId"/>. It replaces the worker's
/// cookie on the task origin, which never sees it (architecture §6). A preview token has no assignment.
/// </summary>
public sealed record SubmissionToken(string HitId, string? AssignmentId, string? WorkerId, string AppOrigin, DateTime ExpiresAt)
{
    public bool IsPreview => AssignmentId is null;
}
