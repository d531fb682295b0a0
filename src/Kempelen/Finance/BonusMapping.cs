using Kempelen.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Finance;

internal sealed class BonusMapping : IEntityTypeConfiguration<Bonus>
{
    public void Configure(EntityTypeBuilder<Bonus> bonus)
    {
        bonus.HasKey(b => b.Id);
        bonus.Property(b => b.Id).ValueGeneratedNever();
        bonus.Property(b => b.Reason).HasMaxLength(Bonus.MaxReasonLength);
        bonus.HasOne<Assignment>().WithMany().HasForeignKey(b => b.AssignmentId).OnDelete(DeleteBehavior.Restrict);

        // ListBonusPayments by HIT or by assignment, in grant order.
        bonus.HasIndex(b => new { b.RequesterId, b.HitId, b.GrantTime, b.Id });
        bonus.HasIndex(b => new { b.RequesterId, b.AssignmentId, b.GrantTime, b.Id });
    }
}
