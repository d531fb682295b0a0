using Kempelen.Accounts;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Projects;

/// <summary>Creates a project, or changes one of the requester's own; the web app and the CLI both come here.</summary>
public sealed class SaveProject(KempelenDb db, TimeProvider time)
{
    public async Task<Project> CreateAsync(RequesterId requester, ProjectTerms terms, CancellationToken cancellationToken)
    {
        await QualificationTypeDirectory.EnsureUsableAsync(db, terms.Type.Requirements, cancellationToken);
        var project = Project.Create(requester, terms, time.UtcNowToTheMillisecond());
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    public async Task<Project> UpdateAsync(RequesterId requester, ProjectId id, ProjectTerms terms, CancellationToken cancellationToken)
    {
        await QualificationTypeDirectory.EnsureUsableAsync(db, terms.Type.Requirements, cancellationToken);
        var project = await FindAsync(db, requester, id, cancellationToken);
        project.Update(terms, time.UtcNowToTheMillisecond());
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    /// <summary>The requester's project; another requester's is as unknown as a missing one.</summary>
    public static async Task<Project> FindAsync(KempelenDb db, RequesterId requester, ProjectId id, CancellationToken cancellationToken) =>
        await db.Projects.SingleOrDefaultAsync(p => p.Id == id && p.RequesterId == requester, cancellationToken)
            ?? throw new DomainException(ErrorCode.HitLayoutDoesNotExist, $"Project (HIT layout) {id} does not exist.");
}
