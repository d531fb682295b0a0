using Kempelen.Finance;
using Kempelen.Projects;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages.Projects;

public sealed class IndexModel(KempelenDb db) : RequesterPage
{
    public IReadOnlyList<ProjectLine> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = Requester;
        Projects = await db.Projects.AsNoTracking()
            .Where(p => p.RequesterId == requester)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new ProjectLine(p.Id, p.Title, p.Reward, p.AssignmentsPerHit, p.CreatedAt, db.Batches.Count(b => b.ProjectId == p.Id)))
            .ToListAsync(cancellationToken);
    }

    public sealed record ProjectLine(ProjectId Id, string Title, Money Reward, int AssignmentsPerHit, DateTime CreatedAt, int Batches);
}
