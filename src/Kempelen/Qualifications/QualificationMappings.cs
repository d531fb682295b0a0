using Kempelen.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Qualifications;

internal sealed class QualificationTypeMapping : IEntityTypeConfiguration<QualificationType>
{
    public void Configure(EntityTypeBuilder<QualificationType> type)
    {
        type.HasKey(t => t.Id);
        type.Property(t => t.Version).IsConcurrencyToken();
        type.Property(t => t.Name).HasMaxLength(QualificationType.MaxNameLength);
        type.Property(t => t.NormalizedName).HasMaxLength(QualificationType.MaxNameLength);
        type.Property(t => t.Description).HasMaxLength(QualificationType.MaxDescriptionLength);
        type.Property(t => t.Keywords).HasMaxLength(QualificationType.MaxKeywordsLength);
        type.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        type.Ignore(t => t.IsRequestable);
        type.Ignore(t => t.RetriesAllowed);
        type.HasOne<Requester>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // Names are unique per owner regardless of case, including types still being disposed (mturk-compat §9.5).
        type.HasIndex(t => new { t.OwnerId, t.NormalizedName }).IsUnique();
        type.HasIndex(t => new { t.CreatedAt, t.Id });
    }
}

internal sealed class QualificationMapping : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> qualification)
    {
        qualification.HasKey(q => new { q.QualificationTypeId, q.WorkerId });
        qualification.Property(q => q.Version).IsConcurrencyToken();
        qualification.Property(q => q.Status).HasConversion<string>().HasMaxLength(16);
        qualification.Property(q => q.RevokeReason).HasMaxLength(Qualification.MaxReasonLength);
        qualification.HasOne<QualificationType>().WithMany().HasForeignKey(q => q.QualificationTypeId).OnDelete(DeleteBehavior.Cascade);
        qualification.HasOne<Worker>().WithMany().HasForeignKey(q => q.WorkerId).OnDelete(DeleteBehavior.Restrict);

        // A worker's standing loads all their grants; ListWorkersWithQualificationType pages by (type, worker), the key.
        qualification.HasIndex(q => new { q.WorkerId, q.Status });
    }
}

internal sealed class QualificationRequestMapping : IEntityTypeConfiguration<QualificationRequest>
{
    public void Configure(EntityTypeBuilder<QualificationRequest> request)
    {
        request.HasKey(r => r.Id);
        request.Property(r => r.Version).IsConcurrencyToken();
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.Reason).HasMaxLength(QualificationRequest.MaxReasonLength);
        request.HasOne<QualificationType>().WithMany().HasForeignKey(r => r.QualificationTypeId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<Worker>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);

        // The owner's pending requests by type; a worker's requests of one type, newest first, for retry rules.
        request.HasIndex(r => new { r.QualificationTypeId, r.Status, r.SubmitTime, r.Id });
        request.HasIndex(r => new { r.WorkerId, r.QualificationTypeId, r.CreatedAt });
    }
}

internal sealed class WorkerBlockMapping : IEntityTypeConfiguration<WorkerBlock>
{
    public void Configure(EntityTypeBuilder<WorkerBlock> block)
    {
        block.HasKey(b => new { b.RequesterId, b.WorkerId });
        block.Property(b => b.Reason).HasMaxLength(WorkerBlock.MaxReasonLength);
        block.HasOne<Requester>().WithMany().HasForeignKey(b => b.RequesterId).OnDelete(DeleteBehavior.Restrict);
        block.HasIndex(b => b.WorkerId);
    }
}
