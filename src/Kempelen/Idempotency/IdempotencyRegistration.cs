namespace Kempelen.Idempotency;

public static class IdempotencyRegistration
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services) => services.AddScoped<RequestTokens>();
}
