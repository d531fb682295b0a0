using Kempelen.Finance.Operations;

namespace Kempelen.Finance;

public static class FinanceRegistration
{
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.AddOptions<FeeOptions>().BindConfiguration(FeeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FeePolicy>();
        services.AddScoped<Ledger>();
        services.AddScoped<Escrow>();
        services.AddScoped<Payouts>();
        services.AddScoped<AddFunds>();
        services.AddScoped<SendBonus>();
        services.AddOptions<BonusOptions>().BindConfiguration(BonusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<GetAccountBalanceOperation>();
        services.AddScoped<SendBonusOperation>();
        services.AddScoped<ListBonusPaymentsOperation>();
        return services;
    }
}
