using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Accounts;

internal sealed class WorkerMapping : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> worker)
    {
        worker.HasKey(w => w.Id);
        worker.HasOne<KempelenUser>().WithOne().HasForeignKey<Worker>(w => w.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
