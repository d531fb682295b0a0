using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Finance;

internal sealed class AccountMapping : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).HasMaxLength(100);
        account.Ignore(a => a.Balance);
        account.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        account.HasData(
            new { Id = Account.DepositsId, Kind = AccountKind.Deposits, BalanceCents = 0L, AllowsNegative = true },
            new { Id = Account.PlatformFeesId, Kind = AccountKind.PlatformFees, BalanceCents = 0L, AllowsNegative = false });
    }
}
