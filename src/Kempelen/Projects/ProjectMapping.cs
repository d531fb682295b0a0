using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Qualifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Projects;

internal sealed class ProjectMapping : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.HasKey(p => p.Id);
        project.Property(p => p.Version).IsConcurrencyToken();
        project.Property(p => p.Title).HasMaxLength(HitTypeProperties.MaxTitleLength);
        project.Property(p => p.Description).HasMaxLength(HitTypeProperties.MaxDescriptionLength);
        project.Property(p => p.Keywords).HasMaxLength(HitTypeProperties.MaxKeywordsLength);
        project.Property(p => p.Html).HasMaxLength(ProjectTemplate.MaxLength);
        project.Property(p => p.Requirements).HasConversion(RequirementsColumn.Converter, RequirementsColumn.Comparer);
        project.Ignore(p => p.Placeholders);
        project.Ignore(p => p.TypeProperties);
        project.HasOne<Requester>().WithMany().HasForeignKey(p => p.RequesterId).OnDelete(DeleteBehavior.Restrict);

        // A requester's projects, most recently changed first.
        project.HasIndex(p => new { p.RequesterId, p.UpdatedAt });
    }
}
