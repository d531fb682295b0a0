using Kempelen.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.RequesterApp;

/// <summary>
/// The requester web app under /requester: Razor Pages in RequesterApp/Pages on the worker app's Identity cookie,
/// open to accounts an operator made requesters (admin make-requester).
/// </summary>
public static class RequesterAppRegistration
{
    public const string RequesterPolicy = "Requester";
    public const string PagesFolder = "/RequesterApp/Pages";

    public static IServiceCollection AddRequesterApp(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(RequesterPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireClaim(KempelenClaimsPrincipalFactory.RequesterIdClaim));
        services.AddScoped<RequesterLedger>();
        services.AddScoped<RequesterWorkers>();
        services.AddScoped<BonusForm>();
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.AuthorizeFolder(PagesFolder, RequesterPolicy));
        return services;
    }
}
