namespace Kempelen.Accounts;

public static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<AccessKeyStore>();
        services.AddScoped<CreateRequester>();
        return services;
    }
}
