using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Idempotency;

internal sealed class RequestTokenMapping : IEntityTypeConfiguration<RequestToken>
{
    public void Configure(EntityTypeBuilder<RequestToken> token)
    {
        token.HasKey(t => new { t.RequesterId, t.Scope, t.Token });
        token.Property(t => t.Scope).HasConversion<string>().HasMaxLength(40);
        token.Property(t => t.Token).HasMaxLength(64);
        token.Property(t => t.EntityId).HasMaxLength(64);
    }
}
