namespace Kempelen.Assignments;

public static class AssignmentsRegistration
{
    public static IServiceCollection AddAssignments(this IServiceCollection services)
    {
        services.AddScoped<AcceptAssignment>();
        services.AddScoped<AcceptNextInGroup>();
        services.AddScoped<ReturnAssignment>();
        services.AddScoped<SubmitAssignment>();
        services.AddScoped<ApproveAssignment>();
        services.AddScoped<RejectAssignment>();
        services.AddSingleton<AssignmentTimers>();
        services.AddScoped<Operations.GetAssignmentOperation>();
        services.AddScoped<Operations.ListAssignmentsForHitOperation>();
        services.AddScoped<Operations.ApproveAssignmentOperation>();
        services.AddScoped<Operations.RejectAssignmentOperation>();
        return services;
    }
}
