using Microsoft.Playwright;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright; the browser Playwright would download is never used. Without
/// /usr/bin/chromium the browser tests are skipped locally, but in CI (CI=true) they fail, like PostgreSQL's.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{ExecutablePath} is missing; CI must run the browser tests (test.sh installs Debian's chromium).");
            }

            Assert.Skip($"{ExecutablePath} is missing; run ./test.sh (as root it installs Debian's chromium) to run the browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",

                // The app listens on IPv4 loopback only.
                "--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1",
            ],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh profile; self-signed certificates are accepted for the test's own https task sites.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh profile signed in through the app's sign-in page.</summary>
    public Task<IPage> SignedInPageAsync(string appUrl, string email, string password = TestWebRequester.DefaultPassword) =>
        FillAccountFormAsync(appUrl, "/signin", "Sign in", email, password);

    /// <summary>A fresh profile that has just signed up as a new worker through the app's sign-up page.</summary>
    public Task<IPage> SignedUpPageAsync(string appUrl, string? email = null) =>
        FillAccountFormAsync(appUrl, "/signup", "Sign up", email ?? $"worker-{Guid.NewGuid():N}@example.org", TestWebRequester.DefaultPassword);

    private async Task<IPage> FillAccountFormAsync(string appUrl, string path, string button, string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(appUrl + path);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

        // Polls the address alone: WaitForURL also waits for a load event, which a busy CI machine once let it
        // miss after the redirect had already landed.
        await Assertions.Expect(page).ToHaveURLAsync(appUrl + "/");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
