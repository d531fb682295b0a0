using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>Answers whether the qualification types that requirements name exist and may still be used.</summary>
public static class QualificationTypeDirectory
{
    /// <summary>
    /// Refuses a requirement naming an unknown type, or one being deleted (mturk-compat §9.1, §9.5). Any
    /// requester's type may be required, as on MTurk; only its owner can grant it.
    /// </summary>
    public static async Task EnsureUsableAsync(KempelenDb db, IEnumerable<Requirement> requirements, CancellationToken cancellationToken)
    {
        var named = requirements.Select(r => r.QualificationTypeId).Where(id => !SystemQualificationTypes.IsSystemType(id)).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0)
        {
            return;
        }

        var ids = named.Select(QualificationTypeId.From).ToList();
        var found = await db.QualificationTypes.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Status })
            .ToDictionaryAsync(t => t.Id.Value, t => t.Status, StringComparer.Ordinal, cancellationToken);
        foreach (var id in named)
        {
            if (!found.TryGetValue(id, out var status))
            {
                throw new DomainException(ErrorCode.QualificationTypeDoesNotExist, $"QualificationType {id} does not exist.");
            }

            if (status == QualificationTypeStatus.Disposing)
            {
                throw new DomainException(
                    ErrorCode.InvalidQualificationTypeState,
                    $"This operation can be called with a status of: Active,Inactive. QualificationType {id} is being deleted and cannot be required.");
            }
        }
    }
}
