using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Tests.Conventions;

/// <summary>Every model change comes with a migration for both providers.</summary>
public sealed class MigrationConventions
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteKempelenDb(new DbContextOptionsBuilder<SqliteKempelenDb>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteKempelenDb (see README)");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresKempelenDb(new DbContextOptionsBuilder<PostgresKempelenDb>().UseNpgsql("Host=localhost").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresKempelenDb (see README)");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteKempelenDb(new DbContextOptionsBuilder<SqliteKempelenDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresKempelenDb(new DbContextOptionsBuilder<PostgresKempelenDb>().UseNpgsql("Host=localhost").Options);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
