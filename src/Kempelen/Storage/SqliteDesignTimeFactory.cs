using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kempelen.Storage;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without a running host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKempelenDb>
{
    public SqliteKempelenDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKempelenDb>().UseSqlite("Data Source=design-time.db").Options);
}
