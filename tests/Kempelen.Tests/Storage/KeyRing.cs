using Kempelen.Storage;
using Kempelen.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Storage;

/// <summary>The Data Protection key ring lives in the database, encrypted under the master key (architecture §10).</summary>
public sealed class KeyRing
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Keys_that_seal_sessions_are_stored_in_the_database_encrypted_under_the_master_key(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        using var session = new WebSession(app);

        await session.SignUpAsync();

        await using var scope = app.Scope();
        var keys = await scope.ServiceProvider.GetRequiredService<KempelenDb>().DataProtectionKeys.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var key = Assert.Single(keys);
        Assert.Contains("masterKeyEncrypted", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", key.Xml, StringComparison.Ordinal);
    }
}
