using System.Net;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.WorkerApp;

/// <summary>Worker accounts in the web app: ASP.NET Core Identity behind sign-up, sign-in and sign-out pages.</summary>
public sealed class SigningUpAndIn
{
    [Fact]
    public async Task Signing_up_creates_a_worker_and_signs_in_with_an_http_only_lax_cookie()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);

        var signedUp = await session.SignUpAsync("ada@example.org");

        var cookie = signedUp.Header("Set-Cookie").Split(", ").Single(c => c.StartsWith("kempelen.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await session.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Contains("Your worker ID is A", dashboard.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_pages_send_anonymous_visitors_to_sign_in()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);

        var queue = await session.GetAsync("/queue");

        Assert.Equal(HttpStatusCode.Redirect, queue.Status);
        Assert.StartsWith("http://localhost/signin?ReturnUrl=%2Fqueue", queue.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_or_a_taken_email_is_explained_next_to_the_field()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);
        await session.SignUpAsync("taken@example.org");
        using var other = new WebSession(app);
        var form = await other.GetAsync("/signup");

        var shortPassword = await other.PostFormAsync("/signup", [("Email", "new@example.org"), ("Password", "short")], form);
        var taken = await other.PostFormAsync("/signup", [("Email", "taken@example.org"), ("Password", "long enough password")], form);

        Assert.Equal(HttpStatusCode.OK, shortPassword.Status);
        Assert.Contains("at least 10 characters", shortPassword.Html, StringComparison.Ordinal);
        Assert.Contains("is already taken", taken.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_after_signing_out_works_and_five_wrong_passwords_lock_the_account()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);
        await session.SignUpAsync("grace@example.org");
        var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync("/signout", [], home)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/queue")).Status);

        var form = await session.GetAsync("/signin");
        var signedIn = await session.PostFormAsync("/signin", [("Email", "grace@example.org"), ("Password", "correct horse battery")], form);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/queue")).Status);

        using var attacker = new WebSession(app);
        var attackForm = await attacker.GetAsync("/signin");
        WebPage last = attackForm;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            last = await attacker.PostFormAsync("/signin", [("Email", "grace@example.org"), ("Password", "wrong password " + attempt)], attackForm);
        }

        Assert.Contains("locked", last.Html, StringComparison.Ordinal);
        var rightButLocked = await attacker.PostFormAsync("/signin", [("Email", "grace@example.org"), ("Password", "correct horse battery")], attackForm);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.Status);
        Assert.Contains("locked", rightButLocked.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        using var session = new WebSession(app);
        await session.GetAsync("/signup");

        var forged = await session.PostFormAsync("/signup", [("Email", "eve@example.org"), ("Password", "correct horse battery")]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }
}
