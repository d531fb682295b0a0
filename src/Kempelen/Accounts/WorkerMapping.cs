using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class WorkerMapping : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> worker)
    {
        worker.HasKey(w => w.Id);
        worker.Property(w => w.Country).HasMaxLength(2);
        worker.Property(w => w.Subdivision).HasMaxLength(3);
        worker.Ignore(w => w.Locale);
        worker.HasOne<KempelenUser>().WithOne().HasForeignKey<Worker>(w => w.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
