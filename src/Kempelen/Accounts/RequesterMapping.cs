using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class RequesterMapping : IEntityTypeConfiguration<Requester>
{
    public void Configure(EntityTypeBuilder<Requester> requester)
    {
        requester.HasKey(r => r.Id);
        requester.Property(r => r.Name).HasMaxLength(Requester.MaxNameLength);
    }
}
