using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.RequesterApp;

/// <summary>/requester/keys: key pairs are made in the app, their secret shown once, and revoked at once.</summary>
public sealed class ApiKeysPage
{
    [Fact]
    public async Task A_requester_creates_a_key_whose_secret_is_shown_once_and_signs_MTurk_calls()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.CreateWebRequesterAsync("42.00");
        using var session = new WebSession(app);
        await session.SignInAsync(requester.Email);
        var keys = await session.GetAsync("/requester/keys");
        keys.AssertOk();
        Assert.Contains("You have no access keys.", keys.Html, StringComparison.Ordinal);

        var created = await session.PostFormAsync("/requester/keys?handler=Create", [], keys);

        created.AssertOk();
        Assert.Contains("no-store", created.Header("Cache-Control"), StringComparison.Ordinal);
        var (id, secret) = (created.Text("new-key-id"), created.Text("new-key-secret"));
        Assert.StartsWith("KMPL", id, StringComparison.Ordinal);
        Assert.Equal(40, secret.Length);
        Assert.Contains("only time it is shown", created.Html, StringComparison.Ordinal);
        var balance = await app.ClientFor(new TestRequester(requester.Id, id, secret)).CallAsync("GetAccountBalance", new { });
        Assert.Equal("42.00", balance.EnsureOk()["AvailableBalance"].GetString());

        var again = await session.GetAsync("/requester/keys");
        Assert.Contains(id, again.Html, StringComparison.Ordinal);
        Assert.Contains("Active", again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, string.Join(";", session.Cookies.GetAllCookies().Select(c => c.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_by_the_MTurk_endpoint_at_once()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (_, session, api) = await app.SignedInRequesterAsync();
        using var __ = session;
        (await api.CallAsync("GetAccountBalance", new { })).EnsureOk();
        var keys = await session.GetAsync("/requester/keys");

        var revoked = await session.PostFormAsync("/requester/keys?handler=Revoke", [("accessKeyId", api.Requester.AccessKeyId)], keys);

        revoked.AssertRedirect();
        (await api.CallAsync("GetAccountBalance", new { })).EnsureError("UnrecognizedClientException");
        var list = await session.GetAsync(revoked.Location!.ToString());
        Assert.Contains($"Access key {api.Requester.AccessKeyId} was revoked", list.Html, StringComparison.Ordinal);
        Assert.Contains("Revoked 2026-11-26", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"aria-label=\"Revoke {api.Requester.AccessKeyId}\"", list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requester_cannot_revoke_another_requesters_key_or_one_that_does_not_exist()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (_, session, _) = await app.SignedInRequesterAsync();
        using var __ = session;
        var other = await app.NewRequesterClientAsync();
        var keys = await session.GetAsync("/requester/keys");

        var foreign = await session.PostFormAsync("/requester/keys?handler=Revoke", [("accessKeyId", other.Requester.AccessKeyId)], keys);
        var missing = await session.PostFormAsync("/requester/keys?handler=Revoke", [("accessKeyId", "KMPLNOSUCHKEY0000000")], keys);

        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Contains($"You have no access key {other.Requester.AccessKeyId}.", foreign.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.DoesNotContain(other.Requester.AccessKeyId + "</code>", foreign.Html, StringComparison.Ordinal);
        (await other.CallAsync("GetAccountBalance", new { })).EnsureOk();
    }
}
