using Kempelen.Accounts;
using Kempelen.Qualifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Hits;

internal sealed class HitTypeMapping : IEntityTypeConfiguration<HitType>
{
    public void Configure(EntityTypeBuilder<HitType> type)
    {
        type.HasKey(t => t.Id);
        type.Property(t => t.Title).HasMaxLength(HitTypeProperties.MaxTitleLength);
        type.Property(t => t.Description).HasMaxLength(HitTypeProperties.MaxDescriptionLength);
        type.Property(t => t.Keywords).HasMaxLength(HitTypeProperties.MaxKeywordsLength);
        type.Property(t => t.Fingerprint).HasMaxLength(64);
        type.Property(t => t.Requirements).HasConversion(RequirementsColumn.Converter, RequirementsColumn.Comparer);
        type.HasOne<Requester>().WithMany().HasForeignKey(t => t.RequesterId).OnDelete(DeleteBehavior.Restrict);

        // Equal properties must find the existing type, even when two requests race to create it.
        type.HasIndex(t => new { t.RequesterId, t.Fingerprint }).IsUnique();
        type.HasIndex(t => t.HitGroupId).IsUnique();
        type.Ignore(t => t.RequiresMasters);
    }
}
