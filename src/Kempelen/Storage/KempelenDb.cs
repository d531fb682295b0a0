using Kempelen.Accounts;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Idempotency;
using Kempelen.Projects;
using Kempelen.Qualifications;
using Kempelen.Assignments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Storage;

/// <summary>
/// The one model every class uses. The provider subclasses exist only to own their migration sets; this base
/// takes the non-generic options so that both can pass theirs.
/// </summary>
public abstract class KempelenDb(DbContextOptions options) : IdentityDbContext<KempelenUser>(options), IDataProtectionKeyContext
{
    public DbSet<Requester> Requesters => Set<Requester>();

    public DbSet<AccessKey> AccessKeys => Set<AccessKey>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<WorkerApiToken> WorkerApiTokens => Set<WorkerApiToken>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<Bonus> Bonuses => Set<Bonus>();

    public DbSet<HitType> HitTypes => Set<HitType>();

    public DbSet<Hit> Hits => Set<Hit>();

    public DbSet<HitGroupListing> HitGroupListings => Set<HitGroupListing>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<QualificationType> QualificationTypes => Set<QualificationType>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<QualificationRequest> QualificationRequests => Set<QualificationRequest>();

    public DbSet<WorkerBlock> WorkerBlocks => Set<WorkerBlock>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Batch> Batches => Set<Batch>();

    public DbSet<BatchRow> BatchRows => Set<BatchRow>();

    public DbSet<BatchAnswerColumn> BatchAnswerColumns => Set<BatchAnswerColumn>();

    public DbSet<RequestToken> RequestTokens => Set<RequestToken>();

    /// <summary>The Data Protection key ring, each entry encrypted under the master key.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Saves, and keeps the workers' group listings in step with the HITs saved (<see cref="Kempelen.Hits.HitGroupListings"/>):
    /// inside the caller's transaction, or in one of its own so that the HITs and their listings commit together.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var listingChanges = Kempelen.Hits.HitGroupListings.Collect(this);
        if (listingChanges.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await Kempelen.Hits.HitGroupListings.ApplyAsync(this, listingChanges, cancellationToken);
            return saved;
        }

        await using var transaction = await WriteTransaction.BeginAsync(this, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await Kempelen.Hits.HitGroupListings.ApplyAsync(this, listingChanges, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// Data Protection stores its key ring synchronously; HITs are never saved that way, because their listings
    /// are kept by the asynchronous save above.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Kempelen.Hits.HitGroupListings.Collect(this).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("HITs are saved asynchronously so that their group listings stay in step; use SaveChangesAsync.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        EntityIdConvention.Apply<RequesterId>(configurationBuilder);
        EntityIdConvention.Apply<HitId>(configurationBuilder);
        EntityIdConvention.Apply<HitTypeId>(configurationBuilder);
        EntityIdConvention.Apply<HitGroupId>(configurationBuilder);
        EntityIdConvention.Apply<WorkerId>(configurationBuilder);
        EntityIdConvention.Apply<AssignmentId>(configurationBuilder);
        EntityIdConvention.Apply<QualificationTypeId>(configurationBuilder);
        EntityIdConvention.Apply<QualificationRequestId>(configurationBuilder);
        EntityIdConvention.Apply<ProjectId>(configurationBuilder);
        EntityIdConvention.Apply<BatchId>(configurationBuilder);
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KempelenDb).Assembly);
        SqlTime.Register(builder, Database.IsSqlite());
    }
}
