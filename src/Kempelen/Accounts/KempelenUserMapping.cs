using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class KempelenUserMapping : IEntityTypeConfiguration<KempelenUser>
{
    public void Configure(EntityTypeBuilder<KempelenUser> user)
    {
        // A requester's money and work belong to one account at most.
        user.HasIndex(u => u.RequesterId).IsUnique();
        user.HasOne<Requester>().WithMany().HasForeignKey(u => u.RequesterId).OnDelete(DeleteBehavior.Restrict);
    }
}
