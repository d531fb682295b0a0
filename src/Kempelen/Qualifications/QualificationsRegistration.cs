namespace Kempelen.Qualifications;

public static class QualificationsRegistration
{
    public static IServiceCollection AddQualifications(this IServiceCollection services)
    {
        services.AddOptions<MastersOptions>().BindConfiguration(MastersOptions.Section).ValidateOnStart();
        services.AddScoped<WorkerStanding>();
        services.AddScoped<GrantQualification>();
        services.AddScoped<RequestQualification>();
        return services;
    }
}
