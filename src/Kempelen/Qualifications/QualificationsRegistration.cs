using Kempelen.Qualifications.Operations;

namespace Kempelen.Qualifications;

public static class QualificationsRegistration
{
    public static IServiceCollection AddQualifications(this IServiceCollection services)
    {
        services.AddOptions<MastersOptions>().BindConfiguration(MastersOptions.Section).ValidateOnStart();
        services.AddScoped<WorkerStanding>();
        services.AddScoped<GrantQualification>();
        services.AddScoped<RequestQualification>();
        services.AddScoped<CreateQualificationType>();
        services.AddScoped<UpdateQualificationType>();
        services.AddScoped<DeleteQualificationType>();
        services.AddScoped<AssociateQualification>();
        services.AddScoped<RevokeQualification>();
        services.AddScoped<AcceptQualificationRequest>();
        services.AddScoped<RejectQualificationRequest>();
        services.AddScoped<BlockWorker>();
        services.AddScoped<UnblockWorker>();
        services.AddSingleton<QualificationTypeDisposal>();
        services.AddScoped<CreateQualificationTypeOperation>();
        services.AddScoped<GetQualificationTypeOperation>();
        services.AddScoped<ListQualificationTypesOperation>();
        services.AddScoped<UpdateQualificationTypeOperation>();
        services.AddScoped<DeleteQualificationTypeOperation>();
        services.AddScoped<AssociateQualificationWithWorkerOperation>();
        services.AddScoped<DisassociateQualificationFromWorkerOperation>();
        services.AddScoped<GetQualificationScoreOperation>();
        services.AddScoped<ListWorkersWithQualificationTypeOperation>();
        services.AddScoped<ListQualificationRequestsOperation>();
        services.AddScoped<AcceptQualificationRequestOperation>();
        services.AddScoped<RejectQualificationRequestOperation>();
        services.AddScoped<ListHitsForQualificationTypeOperation>();
        services.AddScoped<CreateWorkerBlockOperation>();
        services.AddScoped<DeleteWorkerBlockOperation>();
        services.AddScoped<ListWorkerBlocksOperation>();
        return services;
    }
}
