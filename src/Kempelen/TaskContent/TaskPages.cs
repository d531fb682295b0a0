using System.Text.Encodings.Web;

namespace Kempelen.TaskContent;

/// <summary>
/// The small documents the task origin answers with, and the headers every one of them carries: a CSP sandbox so
/// the document never has the task origin's own origin, and frame-ancestors naming only the worker app.
/// </summary>
public static class TaskPages
{
    public const string Sandbox = "sandbox " + TaskFrame.TaskOriginSandbox;

    public static IResult Document(HttpContext context, string appOrigin, string html, int statusCode = StatusCodes.Status200OK)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = $"{Sandbox}; frame-ancestors {appOrigin}";
        headers.XContentTypeOptions = "nosniff";

        // The token is in the URL; resources the requester's HTML loads must not learn it from the Referer.
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public static IResult Error(HttpContext context, string appOrigin, int statusCode, string title, string message) =>
        Document(context, appOrigin, Wrap(title, $"<h1>{Encode(title)}</h1>\n<p role=\"alert\">{Encode(message)}</p>"), statusCode);

    /// <summary>Asks the worker app around the frame to move on; the app decides where, from the assignment's state.</summary>
    public static IResult Submitted(HttpContext context, string appOrigin, string assignmentId)
    {
        var message = $$"""{type: "kempelen:submitted", assignmentId: "{{JavaScriptEncoder.Default.Encode(assignmentId)}}"}""";
        var body = $$"""
            <h1>Submitted</h1>
            <p role="status">Your work was submitted. Thank you!</p>
            <script>parent.postMessage({{message}}, "{{JavaScriptEncoder.Default.Encode(appOrigin)}}");</script>
            """;
        return Document(context, appOrigin, Wrap("Submitted", body));
    }

    public static string Wrap(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}}</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem; color: #1b1b1b; }
        .errors { border: 2px solid #b00020; padding: .5rem 1rem; }
        .question { margin: 1.25rem 0; }
        input[type=text], textarea, select { font: inherit; padding: .4rem; max-width: 100%; }
        button { font: inherit; padding: .6rem 1.4rem; }
        </style>
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
