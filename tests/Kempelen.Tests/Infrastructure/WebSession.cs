using System.Net;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// A browser-like client of the in-process app: it keeps cookies per host (so the app's cookies never reach the
/// task origin, as in a browser), follows no redirects, and fills in anti-forgery tokens from the page it posts from.
/// </summary>
public sealed class WebSession : IDisposable
{
    public const string App = "http://localhost";
    public const string Task = "http://task.localhost";

    private readonly HttpClient _http;

    public WebSession(KempelenApp app)
    {
        _http = new HttpClient(new CookieHandler(Cookies, app.ServerHandler())) { BaseAddress = new Uri(App) };
    }

    public CookieContainer Cookies { get; } = new();

    public async Task<WebPage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request);
    }

    /// <summary>Posts a form; when <paramref name="from"/> is given its anti-forgery token goes along, as the browser's would.</summary>
    public async Task<WebPage> PostFormAsync(string url, IEnumerable<(string Name, string Value)> fields, WebPage? from = null)
    {
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (from is not null)
        {
            all.Add(new("__RequestVerificationToken", from.AntiforgeryToken));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(all) };
        return await SendAsync(request);
    }

    /// <summary>Posts a multipart form with one file, as a browser's file input sends it.</summary>
    public async Task<WebPage> PostFileAsync(string url, string field, string fileName, string text, WebPage from)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(from.AntiforgeryToken), "__RequestVerificationToken" },
            { new StringContent(text, System.Text.Encoding.UTF8, "text/csv"), field, fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        return await SendAsync(request);
    }

    public async Task<WebPage> SignUpAsync(string? email = null, string password = "correct horse battery")
    {
        var form = await GetAsync("/signup");
        var signedUp = await PostFormAsync("/signup", [("Email", email ?? $"worker-{Guid.NewGuid():N}@example.org"), ("Password", password)], form);
        Assert.True(signedUp.Status == HttpStatusCode.Redirect, $"Signing up answered {(int)signedUp.Status}:\n{signedUp.Html}");
        return signedUp;
    }

    public async Task<WebPage> SignInAsync(string email, string password = TestWebRequester.DefaultPassword)
    {
        var form = await GetAsync("/signin");
        var signedIn = await PostFormAsync("/signin", [("Email", email), ("Password", password)], form);
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"Signing in answered {(int)signedIn.Status}:\n{signedIn.Html}");
        return signedIn;
    }

    private async Task<WebPage> SendAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new WebPage(response.StatusCode, html, response.Headers.Location, response);
    }

    public void Dispose() => _http.Dispose();

    private sealed class CookieHandler(CookieContainer cookies, HttpMessageHandler server) : DelegatingHandler(server)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    cookies.SetCookies(uri, setCookie);
                }
            }

            return response;
        }
    }
}
