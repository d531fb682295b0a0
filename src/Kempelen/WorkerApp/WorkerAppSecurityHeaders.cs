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
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; frame-src {origins.TaskOriginFor(context.Request)} https:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
            }

            await next(context);
        });
    }
}
