using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// Which HIT types require a qualification type. A HIT type's requirements are one JSON text column
/// (<see cref="RequirementsColumn"/>), so "requires" is a text match on the serialized member
/// <c>"QualificationTypeId":"&lt;id&gt;"</c>: exact, because the closing quote ends the ID, and safe in a LIKE
/// pattern, because IDs are [A-Z0-9] only (the model's EntityId pattern). The same SQL runs on SQLite and PostgreSQL.
/// </summary>
public static class QualificationTypeUsage
{
    /// <summary>The requester's HIT types whose requirements name the qualification type.</summary>
    public static async Task<List<HitTypeId>> HitTypesRequiringAsync(KempelenDb db, RequesterId requester, string qualificationTypeId, CancellationToken cancellationToken)
    {
        var pattern = $"%\"QualificationTypeId\":\"{qualificationTypeId}\"%";
        var ids = await db.Database
            .SqlQuery<string>($"""SELECT "Id" AS "Value" FROM "HitTypes" WHERE "RequesterId" = {requester.Value} AND "Requirements" LIKE {pattern}""")
            .ToListAsync(cancellationToken);
        return ids.Select(HitTypeId.From).ToList();
    }

    /// <summary>
    /// Types being deleted that no live HIT of any requester requires any more, so their deletion can finish. A HIT
    /// is live until it is disposed: MTurk finishes a deletion once every HIT using the type is deleted (§9.5).
    /// </summary>
    public static IQueryable<QualificationType> ReadyToDispose(KempelenDb db) => db.QualificationTypes.FromSql($"""
        SELECT * FROM "QualificationTypes" AS q
        WHERE q."Status" = {nameof(QualificationTypeStatus.Disposing)} AND NOT EXISTS (
            SELECT 1 FROM "HitTypes" AS t JOIN "Hits" AS h ON h."HitTypeId" = t."Id"
            WHERE h."DisposedAt" IS NULL AND t."Requirements" LIKE '%"QualificationTypeId":"' || q."Id" || '"%')
        """);
}
