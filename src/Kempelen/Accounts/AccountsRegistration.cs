using Kempelen.Storage;
using Microsoft.AspNetCore.Identity;

namespace Kempelen.Accounts;

public static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<AccessKeyStore>();
        services.AddScoped<CreateRequester>();
        services.AddScoped<IssueAccessKey>();
        services.AddScoped<RevokeAccessKey>();
        services.AddScoped<MakeRequester>();
        services.AddScoped<RegisterWorker>();
        services.AddScoped<UpdateWorkerProfile>();
        services.AddScoped<VerifyWorkerLocale>();
        services.AddIdentityCore<KempelenUser>(options =>
            {
                // Length over composition rules, as NIST SP 800-63B recommends.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<KempelenDb>()

            // The worker web app signs in with Identity's cookie (WorkerApp/WorkerAppRegistration.cs).
            .AddSignInManager();
        return services;
    }
}
