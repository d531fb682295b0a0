using Kempelen.Accounts;
using Kempelen.Hits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Assignments;

internal sealed class AssignmentMapping : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Version).IsConcurrencyToken();
        assignment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        assignment.Property(a => a.RequesterFeedback).HasMaxLength(Assignment.MaxFeedbackLength);
        assignment.HasOne<Hit>().WithMany().HasForeignKey(a => a.HitId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);

        // One live assignment per worker per HIT; a returned or abandoned one does not count (mturk-compat §5.3).
        assignment.HasIndex(a => new { a.HitId, a.WorkerId })
            .IsUnique()
            .HasFilter("\"Status\" IN ('Accepted', 'Submitted', 'Approved', 'Rejected')");

        // ListAssignmentsForHIT in submit order; the worker's queue and history.
        assignment.HasIndex(a => new { a.HitId, a.SubmitTime, a.Id });
        assignment.HasIndex(a => new { a.WorkerId, a.Status });

        // Timers: accepted assignments past their deadline, submitted ones past their auto-approval time.
        assignment.HasIndex(a => new { a.Status, a.Deadline });
        assignment.HasIndex(a => new { a.Status, a.AutoApprovalTime });
    }
}
