using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class KempelenUserMapping : IEntityTypeConfiguration<KempelenUser>
{
    public void Configure(EntityTypeBuilder<KempelenUser> user)
    {
        // A requester's money and work belong to one account at most. No foreign key: on SQLite adding one rebuilds
        // the users table outside the migration's transaction, and MakeRequester checks the requester exists.
        user.HasIndex(u => u.RequesterId).IsUnique();
    }
}
