using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Hits;

internal sealed class HitGroupListingMapping : IEntityTypeConfiguration<HitGroupListing>
{
    public void Configure(EntityTypeBuilder<HitGroupListing> listing)
    {
        listing.HasKey(l => l.HitTypeId);
        listing.HasOne<HitType>().WithOne().HasForeignKey<HitGroupListing>(l => l.HitTypeId).OnDelete(DeleteBehavior.Cascade);

        // One index per sort order of the board, each ending in the key so that pages are stable; the database
        // walks the index backwards and stops after a page.
        listing.HasIndex(l => new { l.LatestHitCreatedAt, l.HitTypeId });
        listing.HasIndex(l => new { l.Reward, l.LatestHitCreatedAt, l.HitTypeId });
        listing.HasIndex(l => new { l.ListedHits, l.LatestHitCreatedAt, l.HitTypeId });
    }
}
