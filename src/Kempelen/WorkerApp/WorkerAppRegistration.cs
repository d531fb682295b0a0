using Kempelen.Accounts;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Kempelen.WorkerApp;

/// <summary>The worker web app: Razor Pages under WorkerApp/Pages, Identity's cookie, and the task origin it frames.</summary>
public static class WorkerAppRegistration
{
    public const string WorkerPolicy = "Worker";
    public const string PagesFolder = "/WorkerApp/Pages";

    public static IServiceCollection AddWorkerApp(this IServiceCollection services)
    {
        services.AddTaskOrigin();

        // Every server reads the same key ring from the database, encrypted under the master key (architecture §10),
        // so cookies and task tokens issued by one server are honoured by the others.
        services.AddDataProtection()
            .SetApplicationName("Kempelen")
            .PersistKeysToDbContext<KempelenDb>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<MasterKey>((options, masterKey) => options.XmlEncryptor = new MasterKeyXmlEncryptor(masterKey));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "kempelen.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/signout";
            cookie.AccessDeniedPath = "/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "kempelen.antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder().AddPolicy(WorkerPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireClaim(KempelenClaimsPrincipalFactory.WorkerIdClaim));

        // Registered after Identity's own factory, so this one is resolved.
        services.AddScoped<IUserClaimsPrincipalFactory<KempelenUser>, KempelenClaimsPrincipalFactory>();

        // Two apps share one Razor Pages root, each in its feature folder; every page names its own absolute route.
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/";
            pages.Conventions.AuthorizeFolder(PagesFolder, WorkerPolicy);
            foreach (var page in new[] { "Index", "Preview", "SignIn", "SignUp", "SignOut", "Denied", "Error" })
            {
                pages.Conventions.AllowAnonymousToPage($"{PagesFolder}/{page}");
            }
        });
        services.Configure<RazorViewEngineOptions>(views => views.PageViewLocationFormats.Add(PagesFolder + "/Shared/{0}" + RazorViewEngine.ViewExtension));
        services.AddScoped<HitGroupSearch>();
        services.AddScoped<WorkerActivity>();
        services.AddScoped<WorkerQualifications>();
        services.AddScoped<WorkerTaskFrames>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkerApp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();

        // Links that clients build from a HITGroupId for MTurk's worker site (mturk-compat §1.1).
        endpoints.MapGet("/mturk/preview", (string? groupId) => string.IsNullOrWhiteSpace(groupId)
            ? Results.Redirect("/")
            : Results.Redirect("/groups/" + Uri.EscapeDataString(groupId)));
        endpoints.MapGet("/projects/{groupId}/tasks", (string groupId) => Results.Redirect("/groups/" + Uri.EscapeDataString(groupId)));
        endpoints.MapGet("/projects/{groupId}/tasks/accept_random", (string groupId) => Results.Redirect("/groups/" + Uri.EscapeDataString(groupId)));
        endpoints.MapGet("/assets/{**path}", (string path, HttpContext context) => WorkerAssets.Serve(context, path));
        return endpoints;
    }
}
