using Kempelen.Finance;

namespace Kempelen.Hits;

/// <summary>
/// What the workers' group board shows about one HIT type, kept current in the transactions that change its HITs
/// (see <see cref="HitGroupListings"/>) so that finding groups never has to count HITs. The sort keys are copied
/// here so that each sort order reads one index in order and stops after a page.
/// </summary>
public sealed class HitGroupListing
{
    private HitGroupListing()
    {
    }

    public HitTypeId HitTypeId { get; private set; }

    public Money Reward { get; private set; }

    /// <summary>HITs of the type that are <see cref="Hit.IsListed"/>.</summary>
    public int ListedHits { get; private set; }

    /// <summary>When the type's newest HIT was created: the board's "newest" order.</summary>
    public DateTime LatestHitCreatedAt { get; private set; }

    /// <summary>
    /// The latest expiration of any HIT listed since the row was made. Once it has passed, every listed HIT has
    /// expired, so the board hides the group at that instant instead of waiting for the expiry job to delist them.
    /// </summary>
    public DateTime ListedUntil { get; private set; }

    public static HitGroupListing For(HitType type) => new()
    {
        HitTypeId = type.Id,
        Reward = type.Reward,
        LatestHitCreatedAt = type.CreatedAt,
        ListedUntil = type.CreatedAt,
    };
}
