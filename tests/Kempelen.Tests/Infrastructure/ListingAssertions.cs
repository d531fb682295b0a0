using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Tests.Infrastructure;

/// <summary>The workers' group listings, recounted from the HITs they summarise.</summary>
public static class ListingAssertions
{
    public static async Task AssertAgreeWithHitsAsync(KempelenDb db)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var hits = await db.Hits.AsNoTracking().ToListAsync(cancellationToken);
        var types = await db.HitTypes.AsNoTracking().ToListAsync(cancellationToken);
        var listings = await db.HitGroupListings.AsNoTracking().ToDictionaryAsync(l => l.HitTypeId, cancellationToken);

        Assert.Equal(types.Count, listings.Count);
        foreach (var type in types)
        {
            var listing = listings[type.Id];
            var listed = hits.Where(h => h.HitTypeId == type.Id && h.IsListed).ToList();
            Assert.True(listed.Count == listing.ListedHits, $"HIT type {type.Id} lists {listing.ListedHits} HITs but {listed.Count} are listed.");
            Assert.Equal(type.Reward, listing.Reward);
            Assert.All(listed, hit => Assert.True(listing.ListedUntil >= hit.Expiration, $"HIT {hit.Id} is listed until {hit.Expiration:O}, its group only until {listing.ListedUntil:O}."));
            Assert.All(hits.Where(h => h.HitTypeId == type.Id), hit => Assert.True(listing.LatestHitCreatedAt >= hit.CreatedAt));
        }
    }
}
