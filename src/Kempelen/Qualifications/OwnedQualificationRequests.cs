using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// Finds a pending request for one of the caller's types. Requests are private: another requester's, an unknown
/// one and one already decided all answer "does not exist" (mturk-compat §9.6), and so does one whose type is being
/// deleted, since deleting rejected every request that was pending then.
/// </summary>
public static class OwnedQualificationRequests
{
    public static async Task<QualificationRequest> FindPendingRequestAsync(this KempelenDb db, RequesterId owner, string qualificationRequestId, CancellationToken cancellationToken)
    {
        // The model leaves this ID unconstrained; one that no request can have is not looked up at all.
        if (qualificationRequestId.Length is 0 or > 64 || !qualificationRequestId.All(char.IsAsciiLetterOrDigit))
        {
            throw DoesNotExist(qualificationRequestId);
        }

        var id = QualificationRequestId.From(qualificationRequestId);
        var request = await db.QualificationRequests
            .Where(r => r.Id == id && r.Status == QualificationRequestStatus.Pending)
            .Where(r => db.QualificationTypes.Any(t => t.Id == r.QualificationTypeId && t.OwnerId == owner && t.Status != QualificationTypeStatus.Disposing))
            .SingleOrDefaultAsync(cancellationToken);
        return request ?? throw DoesNotExist(qualificationRequestId);
    }

    private static DomainException DoesNotExist(string qualificationRequestId) =>
        new(ErrorCode.QualificationRequestDoesNotExist, $"QualificationRequest {qualificationRequestId} does not exist.");
}
