using Kempelen.Projects;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;

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
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(terms => save.UpdateAsync(Requester, ProjectId.From(Id), terms, cancellationToken), "Saved. Batches published from now on use these terms.", cancellationToken);
}
