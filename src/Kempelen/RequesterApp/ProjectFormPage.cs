using Kempelen.Projects;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Kempelen.WorkerApp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp;

/// <summary>
/// What the new-project and edit-project pages share: the form, the qualification types a requirement may name,
/// requirement rows added and removed by plain form posts, and the preview frame's action on the task origin.
/// </summary>
public abstract class ProjectFormPage(KempelenDb db, DraftPreviews previews) : RequesterPage
{
    [BindProperty]
    public ProjectForm Form { get; set; } = new();

    public IReadOnlyList<QualificationChoice> QualificationChoices { get; private set; } = [];

    public string PreviewAction { get; private set; } = "";

    public async Task<IActionResult> OnPostAddRequirementAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Form.Requirements.Add(new RequirementRow());
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveRequirementAsync(int index, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (index >= 0 && index < Form.Requirements.Count)
        {
            Form.Requirements.RemoveAt(index);
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>Saves through <paramref name="save"/>, or shows the form again with each refusal beside its field.</summary>
    protected async Task<IActionResult> SaveAsync(Func<ProjectTerms, Task<Project>> save, string notice, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var project = await save(Form.ToTerms());
                TempData["Notice"] = notice;
                return Redirect($"/requester/projects/{project.Id}/edit");
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(ProjectForm.FieldOf(refusal), refusal.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "The project was changed elsewhere while you edited it; nothing was saved. Reload it and make your changes again.");
            }
        }

        return await ShowAsync(cancellationToken);
    }

    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var requester = Requester;
        var own = await db.QualificationTypes.AsNoTracking()
            .Where(t => t.OwnerId == requester && t.Status != QualificationTypeStatus.Disposing)
            .OrderBy(t => t.Name)
            .Select(t => new QualificationChoice(t.Id.Value, t.Name))
            .ToListAsync(cancellationToken);
        QualificationChoices = [.. own, .. SystemQualificationTypes.All.Select(t => new QualificationChoice(t.Id, $"{t.Label} ({t.Name}, system)"))];

        // A requirement on a type the lists above leave out (another requester's public type, set through the API or
        // the command line) keeps its own choice: without one the browser would send "(none)" and saving would drop it.
        var others = Form.Requirements.Select(r => r.TypeId).OfType<string>()
            .Where(id => id.Length > 0 && QualificationChoices.All(c => c.Id != id)).Distinct().ToList();
        foreach (var id in others)
        {
            var typeId = QualificationTypeId.From(id);
            var name = await db.QualificationTypes.AsNoTracking().Where(t => t.Id == typeId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
            QualificationChoices = [.. QualificationChoices, new QualificationChoice(id, name is null ? id : $"{name} ({id})")];
        }

        if (Form.Requirements.Count == 0)
        {
            Form.Requirements.Add(new RequirementRow());
        }

        PreviewAction = previews.ActionFor(Request);
        WorkerAppSecurityHeaders.AllowFormsToTaskOrigin(HttpContext);
        return Page();
    }

    public sealed record QualificationChoice(string Id, string Name);
}
