namespace Kempelen.Batches;

public static class BatchesRegistration
{
    public static IServiceCollection AddBatches(this IServiceCollection services)
    {
        services.AddScoped<PublishBatch>();
        services.AddScoped<BatchResults>();
        services.AddScoped<ReviewBatch>();
        services.AddScoped<ReviewGrid>();
        services.AddScoped<ReviewAssignments>();
        services.AddScoped<CancelBatch>();
        services.AddScoped<AddBatchAssignments>();
        return services;
    }
}
