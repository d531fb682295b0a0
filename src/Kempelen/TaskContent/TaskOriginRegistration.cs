namespace Kempelen.TaskContent;

public static class TaskOriginRegistration
{
    public static IServiceCollection AddTaskOrigin(this IServiceCollection services)
    {
        services.AddOptions<TaskOriginOptions>().BindConfiguration(TaskOriginOptions.Section);
        services.AddSingleton<TaskOrigins>();
        services.AddSingleton<SubmissionTokens>();
        return services;
    }

    /// <summary>
    /// One listener serves both origins; after routing, this keeps each endpoint on its own host. Requester HTML can
    /// then never be served from the worker app's host name, and the task host serves none of the app.
    /// </summary>
    public static IApplicationBuilder UseTaskOriginGate(this IApplicationBuilder app)
    {
        var origins = app.ApplicationServices.GetRequiredService<TaskOrigins>();
        return app.Use(async (context, next) =>
        {
            var isTaskEndpoint = context.GetEndpoint()?.Metadata.GetMetadata<TaskOriginEndpoint>() is not null;
            if (isTaskEndpoint != origins.IsTaskHost(context.Request))
            {
                context.SetEndpoint(null);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
    }
}
