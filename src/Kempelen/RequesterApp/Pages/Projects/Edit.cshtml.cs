using Kempelen.Projects;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages.Projects;

public sealed class EditModel(KempelenDb db, DraftPreviews previews, SaveProject save) : ProjectFormPage(db, previews)
{
    private readonly KempelenDb _db = db;

    [FromRoute]
    public string Id { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Project project;
        try
        {
            project = await SaveProject.FindAsync(_db, Requester, ProjectId.From(Id), cancellationToken);
        }
        catch (DomainException)
        {
            return NotFound();
        }

        Form = ProjectForm.From(project);
        Form.Sample = await LastSampleAsync(project.Id, cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>The first row of the project's latest batch, so the preview shows the kind of values it gets.</summary>
    private async Task<Dictionary<string, string>> LastSampleAsync(ProjectId project, CancellationToken cancellationToken)
    {
        var sample = new Dictionary<string, string>(StringComparer.Ordinal);
        var latest = await _db.Batches.AsNoTracking()
            .Where(b => b.ProjectId == project)
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new { b.Id, b.Columns })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return sample;
        }

        var values = await _db.BatchRows.AsNoTracking().Where(r => r.BatchId == latest.Id && r.RowNumber == 1).Select(r => r.Values).SingleOrDefaultAsync(cancellationToken) ?? [];
        foreach (var (column, value) in latest.Columns.Zip(values))
        {
            sample[column] = value;
        }

        return sample;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(terms => save.UpdateAsync(Requester, ProjectId.From(Id), terms, cancellationToken), "Saved. Batches published from now on use these terms.", cancellationToken);
}
