using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kempelen.Storage;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKempelenDb>
{
    public PostgresKempelenDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKempelenDb>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
