using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Finance;

internal sealed class LedgerEntryMapping : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.AccountId).HasMaxLength(100);
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        entry.Property(e => e.Memo).HasMaxLength(500);
        entry.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.AccountId, e.At });
        entry.HasIndex(e => e.TransferId);
    }
}
