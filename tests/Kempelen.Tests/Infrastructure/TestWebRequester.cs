using Kempelen.Accounts;
using Kempelen.Finance;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Infrastructure;

/// <summary>An account that signs in to the requester app, made a requester as <c>admin make-requester</c> does.</summary>
public sealed record TestWebRequester(RequesterId Id, string Email, string Password)
{
    public const string DefaultPassword = "correct horse battery";

    /// <summary>Signs up an account and makes it a new requester with the given opening balance.</summary>
    public static async Task<TestWebRequester> CreateAsync(IServiceProvider services, string balance)
    {
        var email = $"requester-{Guid.NewGuid():N}@example.org";
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegisterWorker>().ExecuteAsync(email, DefaultPassword, TestContext.Current.CancellationToken);
        var id = await scope.ServiceProvider.GetRequiredService<MakeRequester>()
            .ExecuteAsync(email, existing: null, name: "Web Lab", Money.Parse(balance, "balance"), TestContext.Current.CancellationToken);
        return new TestWebRequester(id, email, DefaultPassword);
    }
}
