using Kempelen.Protocol.SigV4;

namespace Kempelen.Protocol;

public static class ProtocolRegistration
{
    public static IServiceCollection AddProtocol(this IServiceCollection services)
    {
        services.AddScoped<SigV4Verifier>();
        services.AddSingleton<PageTokens>();
        return services;
    }
}
