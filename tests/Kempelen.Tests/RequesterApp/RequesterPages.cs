using System.Net;
using System.Text.RegularExpressions;
using Kempelen.Accounts;
using Kempelen.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.RequesterApp;

/// <summary>What the requester app's account pages share in tests: a requester signed in with an API client too.</summary>
internal static partial class RequesterPages
{
    /// <summary>A web requester signed in, and an MTurk client signed with a key pair issued to the same requester.</summary>
    public static async Task<(TestWebRequester Requester, WebSession Session, MTurkClient Api)> SignedInRequesterAsync(this KempelenApp app, string balance = "100.00")
    {
        var requester = await app.CreateWebRequesterAsync(balance);
        var session = new WebSession(app);
        await session.SignInAsync(requester.Email);
        await using var scope = app.Scope();
        var issued = await scope.ServiceProvider.GetRequiredService<IssueAccessKey>().ExecuteAsync(requester.Id, TestContext.Current.CancellationToken);
        return (requester, session, app.ClientFor(new TestRequester(requester.Id, issued.AccessKeyId, issued.SecretAccessKey)));
    }

    public static string Text(this WebPage page, string testId) =>
        TestIdText(testId).Match(page.Html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim()
            : throw new InvalidOperationException($"The page has no data-testid=\"{testId}\":\n{page.Html}");

    public static void AssertOk(this WebPage page) =>
        Assert.True(page.Status == HttpStatusCode.OK, $"Expected 200 but got {(int)page.Status}:\n{page.Html}");

    public static void AssertRedirect(this WebPage page) =>
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Expected a redirect but got {(int)page.Status}:\n{page.Html}");

    private static Regex TestIdText(string testId) => new($"""data-testid="{Regex.Escape(testId)}"[^>]*>([^<]*)<""");
}
