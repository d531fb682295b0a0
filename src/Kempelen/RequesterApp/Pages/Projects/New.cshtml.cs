using Kempelen.Projects;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages.Projects;

public sealed class NewModel(KempelenDb db, DraftPreviews previews, SaveProject save) : ProjectFormPage(db, previews)
{
    public bool ShowGallery { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? template, CancellationToken cancellationToken)
    {
        if (TemplateGallery.Find(template) is { } chosen)
        {
            Form = ProjectForm.From(chosen);
        }
        else if (template != "blank")
        {
            ShowGallery = true;
            return Page();
        }

        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(terms => save.CreateAsync(Requester, terms, cancellationToken), "Project created. Publish a batch when you are ready.", cancellationToken);
}
