using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Authentication;
using Kempelen.Projects;
using Kempelen.Protocol;
using Kempelen.Qualifications;
using Kempelen.RequesterApp;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Kempelen.WorkerApp;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hosting;

/// <summary>The web host: the MTurk protocol endpoint, health checks and background jobs, in middleware order.</summary>
public static class KempelenWeb
{
    public static WebApplication Build(StorageOptions storage, string urls, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(KempelenWeb).Assembly.GetName().Name });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = ProtocolEndpoint.MaxBodyBytes;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddKempelen(builder.Configuration, storage);
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HitExpiry>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AssignmentTimers>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QualificationTypeDisposal>());
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, WorkerTokenAuthentication>(WorkerTokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorization();

        // The worker web app and the task origin it frames (architecture §6); its cookie is the default scheme,
        // the worker API keeps naming its bearer scheme.
        builder.Services.AddWorkerApp();
        builder.Services.AddRequesterApp();

        // The worker API names members as MTurk does (AssignmentId, HITId) and reads requests case-insensitively.
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = null;
            json.SerializerOptions.PropertyNameCaseInsensitive = true;
        });
        customize?.Invoke(builder);

        var app = builder.Build();

        // Pages show a plain error page for unexpected failures; the protocol, the worker API and the task origin
        // answer their own errors.
        app.UseWhen(IsWorkerAppPage, page => page.UseExceptionHandler("/error"));
        app.UseRouting();
        app.UseTaskOriginGate();
        app.UseWorkerAppSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMTurkProtocol();
        app.MapWorkerApi();
        app.MapWorkerApp();
        app.MapTaskOrigin();
        DraftPreviews.Map(app);
        app.MapGet("/healthz", CheckDatabaseAsync);
        app.MapGet("/readyz", CheckMigratedAsync);
        return app;
    }

    private static bool IsWorkerAppPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && !context.Request.Path.StartsWithSegments("/s")
        && !(HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/");

    private static async Task<IResult> CheckDatabaseAsync(KempelenDb db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? Results.Text("ok")
            : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CheckMigratedAsync(KempelenDb db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any()
            ? Results.Text("migrations pending", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ready");
    }
}
