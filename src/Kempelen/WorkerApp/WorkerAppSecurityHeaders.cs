using Kempelen.TaskContent;

namespace Kempelen.WorkerApp;

/// <summary>
/// Headers of every response from the app's host (architecture §6, §10): nobody may frame the app, and the app
/// frames only the task origin and, for ExternalQuestion, requesters' https pages.
/// </summary>
public static class WorkerAppSecurityHeaders
{
    public static IApplicationBuilder UseWorkerAppSecurityHeaders(this IApplicationBuilder app)
    {
        var origins = app.ApplicationServices.GetRequiredService<TaskOrigins>();
        return app.Use(async (context, next) =>
        {
            if (!origins.IsTaskHost(context.Request))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy(origins.TaskOriginFor(context.Request), requesterMedia: false);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
            }

            await next(context);
        });
    }

    /// <summary>
    /// For a page that shows a qualification test, a requester's QuestionForm rendered in the app: its images, audio
    /// and video load from the requester's http(s) URLs (the renderer writes no other kind), and nothing else widens.
    /// </summary>
    public static void AllowRequesterMedia(HttpContext context)
    {
        var origins = context.RequestServices.GetRequiredService<TaskOrigins>();
        context.Response.Headers.ContentSecurityPolicy = Policy(origins.TaskOriginFor(context.Request), requesterMedia: true);
    }

    /// <summary>
    /// For the requester's project form, whose preview button posts the draft HTML into its frame on the task
    /// origin: forms may go there too.
    /// </summary>
    public static void AllowFormsToTaskOrigin(HttpContext context)
    {
        var origins = context.RequestServices.GetRequiredService<TaskOrigins>();
        context.Response.Headers.ContentSecurityPolicy = Policy(origins.TaskOriginFor(context.Request), requesterMedia: false, formsToTaskOrigin: true);
    }

    private static string Policy(string taskOrigin, bool requesterMedia, bool formsToTaskOrigin = false) =>
        "default-src 'self'; "
        + (requesterMedia ? "img-src 'self' https: http:; media-src https: http:; " : "")
        + $"frame-src {taskOrigin} https:; frame-ancestors 'none'; form-action 'self'{(formsToTaskOrigin ? " " + taskOrigin : "")}; base-uri 'none'; object-src 'none'";
}
