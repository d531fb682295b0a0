using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp;

/// <summary>
/// One requirement of a HIT group as the worker sees it: in words, whether they meet it, and whether the type is
/// a requester's Active one they could ask for.
/// </summary>
public sealed record RequirementLine(Requirement Requirement, string Text, bool Met, bool Requestable)
{
    public string QualificationTypeId => Requirement.QualificationTypeId;

    /// <summary>The lines of every access given, with the names of the requesters' types they name, read in one query.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<RequirementLine>>> ForAsync(KempelenDb db, IReadOnlyList<HitAccess> accesses, CancellationToken cancellationToken)
    {
        var ids = accesses.SelectMany(a => a.Checks)
            .Select(c => c.Requirement.QualificationTypeId)
            .Where(id => !SystemQualificationTypes.IsSystemType(id))
            .Distinct(StringComparer.Ordinal)
            .Select(Qualifications.QualificationTypeId.From)
            .ToList();
        var types = ids.Count == 0
            ? []
            : await db.QualificationTypes.AsNoTracking()
                .Where(t => ids.Contains(t.Id))
                .Select(t => new { t.Id, t.Name, t.Status })
                .ToDictionaryAsync(t => t.Id.Value, t => (t.Name, Active: t.Status == QualificationTypeStatus.Active), StringComparer.Ordinal, cancellationToken);
        return accesses.Select(access => (IReadOnlyList<RequirementLine>)access.Checks.Select(check =>
        {
            var known = types.TryGetValue(check.Requirement.QualificationTypeId, out var type);
            return new RequirementLine(check.Requirement, RequirementText.Describe(check.Requirement, known ? type.Name : null), check.Met, known && type.Active);
        }).ToList()).ToList();
    }
}
