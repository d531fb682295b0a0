using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class WorkerApiTokenMapping : IEntityTypeConfiguration<WorkerApiToken>
{
    public void Configure(EntityTypeBuilder<WorkerApiToken> token)
    {
        token.HasKey(t => t.Id);
        token.Property(t => t.Id).ValueGeneratedNever();
        token.Property(t => t.Hash).HasMaxLength(32);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne<Worker>().WithMany().HasForeignKey(t => t.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
