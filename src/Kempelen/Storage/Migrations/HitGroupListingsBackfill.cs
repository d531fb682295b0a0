namespace Kempelen.Storage.Migrations;

/// <summary>
/// Gives every HIT type that existed before listings its row, counted from its HITs exactly as
/// <see cref="Hits.Hit.IsListed"/> counts them. Plain SQL that SQLite and PostgreSQL read alike; frozen with the
/// migration that runs it.
/// </summary>
internal static class HitGroupListingsBackfill
{
    public const string Sql = """
        INSERT INTO "HitGroupListings" ("HitTypeId", "Reward", "ListedHits", "LatestHitCreatedAt", "ListedUntil")
        SELECT t."Id", t."Reward",
            (SELECT COUNT(*) FROM "Hits" h WHERE h."HitTypeId" = t."Id" AND h."AvailableCount" > 0
                AND h."DisposedAt" IS NULL AND NOT h."IsReviewing" AND NOT h."ExpirySettled"),
            COALESCE((SELECT MAX(h."CreatedAt") FROM "Hits" h WHERE h."HitTypeId" = t."Id"), t."CreatedAt"),
            COALESCE((SELECT MAX(h."Expiration") FROM "Hits" h WHERE h."HitTypeId" = t."Id" AND h."AvailableCount" > 0
                AND h."DisposedAt" IS NULL AND NOT h."IsReviewing" AND NOT h."ExpirySettled"), t."CreatedAt")
        FROM "HitTypes" t;
        """;
}
