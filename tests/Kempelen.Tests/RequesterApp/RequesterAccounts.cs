using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.RequesterApp;

/// <summary>The requester app is for accounts an operator made requesters, on the worker app's sign-in.</summary>
public sealed class RequesterAccounts
{
    [Fact]
    public async Task A_requester_signs_in_and_sees_their_balance_and_id()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.CreateWebRequesterAsync(balance: "250.00");
        using var session = new WebSession(app);
        await session.SignInAsync(requester.Email);

        var overview = await session.GetAsync("/requester");

        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Contains("$250.00", overview.Html, StringComparison.Ordinal);
        Assert.Contains(requester.Id.Value, overview.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);

        var overview = await session.GetAsync("/requester");

        Assert.Equal(HttpStatusCode.Redirect, overview.Status);
        Assert.StartsWith("http://localhost/signin?ReturnUrl=%2Frequester", overview.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_who_is_not_a_requester_is_told_how_to_become_one()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);
        await session.SignUpAsync();

        var overview = await session.GetAsync("/requester");
        var denied = await session.GetAsync(overview.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, overview.Status);
        Assert.StartsWith("/denied", overview.Location.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("admin make-requester", denied.Html, StringComparison.Ordinal);
    }
}
