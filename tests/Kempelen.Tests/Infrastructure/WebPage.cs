using System.Net;
using System.Text.RegularExpressions;

namespace Kempelen.Tests.Infrastructure;

/// <summary>One response of the web apps, as a browser would receive it (redirects are not followed).</summary>
public sealed partial record WebPage(HttpStatusCode Status, string Html, Uri? Location, HttpResponseMessage Response)
{
    public string Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    /// <summary>The src of the task iframe, HTML-decoded.</summary>
    public string FrameSource => WebUtility.HtmlDecode(IframeSource().Match(Html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no iframe:\n" + Html));

    public string FrameTag => IframeTag().Match(Html).Value;

    public string AntiforgeryToken =>
        AntiforgeryField().Match(Html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no anti-forgery token:\n" + Html);

    [GeneratedRegex("""<iframe[^>]*\bsrc="([^"]*)""")]
    private static partial Regex IframeSource();

    [GeneratedRegex("""<iframe[^>]*>""")]
    private static partial Regex IframeTag();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]*)""")]
    private static partial Regex AntiforgeryField();
}
