using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class AccessKeyMapping : IEntityTypeConfiguration<AccessKey>
{
    public void Configure(EntityTypeBuilder<AccessKey> key)
    {
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasMaxLength(20);
        key.HasOne<Requester>().WithMany().HasForeignKey(k => k.RequesterId).OnDelete(DeleteBehavior.Restrict);
    }
}
