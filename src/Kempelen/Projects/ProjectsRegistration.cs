namespace Kempelen.Projects;

public static class ProjectsRegistration
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddScoped<SaveProject>();
        services.AddSingleton<DraftPreviews>();
        return services;
    }
}
