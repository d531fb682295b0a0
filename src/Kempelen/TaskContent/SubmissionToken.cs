namespace Kempelen.TaskContent;

/// <summary>
/// What a task frame may do, sealed into its URL: show HIT <see cref="HitId"/> and, when
/// <see cref="AssignmentId"/> is set, submit that assignment as <see cref="WorkerId"/>. It replaces the worker's
/// cookie on the task origin, which never sees it (architecture §6). A preview token has no assignment; a draft
/// token has no HIT either: it lets a requester's project form show task HTML that is not a HIT yet.
/// </summary>
public sealed record SubmissionToken(string HitId, string? AssignmentId, string? WorkerId, string AppOrigin, DateTime ExpiresAt)
{
    public bool IsPreview => AssignmentId is null;

    public bool IsDraft => HitId.Length == 0;

    public static SubmissionToken ForDraft(string appOrigin, DateTime expiresAt) => new("", null, null, appOrigin, expiresAt);
}
