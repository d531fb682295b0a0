using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// Finds qualification types for requesters. Types are public (anyone may read or require one), so another
/// requester's type is refused with PermissionDenied rather than hidden; only its owner may change, grant, revoke or
/// score it (mturk-compat §3.4, §9.5). A type being deleted refuses everything (InvalidQualificationTypeState).
/// </summary>
public static class RequesterQualificationTypes
{
    /// <summary>The caller's own type, tracked for a change; system types and other requesters' are refused.</summary>
    public static async Task<QualificationType> FindOwnedQualificationTypeAsync(this KempelenDb db, RequesterId owner, string qualificationTypeId, CancellationToken cancellationToken)
    {
        if (SystemQualificationTypes.Find(qualificationTypeId) is { } system)
        {
            // Which code MTurk uses here is unconfirmed (mturk-compat §4.3); PermissionDenied is its best guess.
            throw new DomainException(
                ErrorCode.PermissionDenied,
                $"QualificationType {system.Id} ({system.Name}) is a system qualification type: its values are computed for every worker and cannot be granted, revoked, scored or changed.");
        }

        var type = await db.FindQualificationTypeAsync(qualificationTypeId, cancellationToken);
        if (type.OwnerId != owner)
        {
            throw new DomainException(
                ErrorCode.PermissionDenied,
                $"QualificationType {qualificationTypeId} belongs to another requester; only its owner can grant, revoke, score or change it.");
        }

        return type;
    }

    /// <summary>Any requester's type, tracked, unless it is being deleted.</summary>
    public static async Task<QualificationType> FindQualificationTypeAsync(this KempelenDb db, string qualificationTypeId, CancellationToken cancellationToken)
    {
        var id = QualificationTypeId.From(qualificationTypeId);
        var type = await db.QualificationTypes.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw QualificationTypeDoesNotExist(qualificationTypeId);
        type.EnsureNotDisposing();
        return type;
    }

    public static DomainException QualificationTypeDoesNotExist(string qualificationTypeId) =>
        new(ErrorCode.QualificationTypeDoesNotExist, $"QualificationType {qualificationTypeId} does not exist.");
}
