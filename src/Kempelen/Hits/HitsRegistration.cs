using Kempelen.Hits.Operations;

namespace Kempelen.Hits;

public static class HitsRegistration
{
    public static IServiceCollection AddHits(this IServiceCollection services)
    {
        services.AddSingleton<HitTypeCache>();
        services.AddScoped<DefineHitType>();
        services.AddScoped<CreateHit>();
        services.AddScoped<ChangeHitExpiration>();
        services.AddScoped<MoveHitToType>();
        services.AddScoped<DeleteHit>();
        services.AddScoped<ChangeHitReviewStatus>();
        services.AddScoped<AddHitAssignments>();
        services.AddScoped<CreateHitTypeOperation>();
        services.AddScoped<CreateHitOperation>();
        services.AddScoped<CreateHitWithHitTypeOperation>();
        services.AddScoped<GetHitOperation>();
        services.AddScoped<ListHitsOperation>();
        services.AddScoped<UpdateExpirationForHitOperation>();
        services.AddScoped<UpdateHitTypeOfHitOperation>();
        services.AddScoped<DeleteHitOperation>();
        services.AddScoped<ListReviewableHitsOperation>();
        services.AddScoped<UpdateHitReviewStatusOperation>();
        services.AddScoped<CreateAdditionalAssignmentsForHitOperation>();
        services.AddSingleton<HitExpiry>();
        return services;
    }
}
