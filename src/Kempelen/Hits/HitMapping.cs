using Kempelen.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Hits;

internal sealed class HitMapping : IEntityTypeConfiguration<Hit>
{
    public void Configure(EntityTypeBuilder<Hit> hit)
    {
        hit.HasKey(h => h.Id);
        hit.Property(h => h.Version).IsConcurrencyToken();
        hit.Property(h => h.HitLayoutId).HasMaxLength(64);
        hit.Property(h => h.RequesterAnnotation).HasMaxLength(Hit.MaxAnnotationLength);
        hit.HasOne<HitType>().WithMany().HasForeignKey(h => h.HitTypeId).OnDelete(DeleteBehavior.Restrict);
        hit.HasOne<Requester>().WithMany().HasForeignKey(h => h.RequesterId).OnDelete(DeleteBehavior.Restrict);
        hit.Ignore(h => h.SubmittedCount);
        hit.Ignore(h => h.IsListed);

        // ListHITs: the requester's HITs in creation order, paged by (CreatedAt, Id).
        hit.HasIndex(h => new { h.RequesterId, h.CreatedAt, h.Id });

        // Workers take the next HIT of a group, oldest first; the worker app lists a group's HITs.
        hit.HasIndex(h => new { h.HitGroupId, h.CreatedAt, h.Id });

        // HitExpiry: HITs whose expiry has not yet released the escrow of unfilled slots.
        hit.HasIndex(h => new { h.ExpirySettled, h.Expiration });
    }
}
