using Kempelen.Accounts;
using Kempelen.Storage;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp.Pages;

/// <summary>The worker's location (Worker_Locale) and adult declaration (Worker_Adult); a locale the operator verified is locked.</summary>
public sealed class ProfileModel(KempelenDb db, UpdateWorkerProfile update) : PageModel
{
    [BindProperty]
    public string? Country { get; set; }

    [BindProperty]
    public string? Subdivision { get; set; }

    [BindProperty]
    public bool Adult { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Notice { get; set; }

    public bool LocaleVerified { get; private set; }

    public bool HasLocale { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var id = WorkerTokenAuthentication.WorkerOf(User);
        var worker = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == id, cancellationToken);
        Show(worker);
        Country = worker.Country;
        Subdivision = worker.Subdivision;
        Adult = worker.IsAdult;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = WorkerTokenAuthentication.WorkerOf(User);
        try
        {
            // A verified locale's fields are disabled and not posted; Worker.UpdateProfile refuses a locale sent anyway.
            await update.ExecuteAsync(id, Country, Subdivision, Adult, cancellationToken);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(refusal.Parameter == "subdivision" ? nameof(Subdivision) : nameof(Country), refusal.Message);
            Show(await db.Workers.AsNoTracking().SingleAsync(w => w.Id == id, cancellationToken));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect("/profile?notice=saved");
    }

    private void Show(Worker worker)
    {
        LocaleVerified = worker.LocaleVerified;
        HasLocale = worker.Country is not null;
    }
}
