namespace Kempelen.WorkerApp;

/// <summary>
/// Serves wwwroot's few files from the assembly, where the build embeds them, so the app needs no files beside
/// the executable and tests serve exactly what production does.
/// </summary>
public static class WorkerAssets
{
    public static IResult Serve(HttpContext context, string path)
    {
        var contentType = Path.GetExtension(path) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => null,
        };
        var stream = contentType is null || path.Contains("..", StringComparison.Ordinal)
            ? null
            : typeof(WorkerAssets).Assembly.GetManifestResourceStream("wwwroot/" + path);
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Stream(stream, contentType);
    }
}
