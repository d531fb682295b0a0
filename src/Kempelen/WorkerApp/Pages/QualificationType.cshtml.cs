using Kempelen.Qualifications;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

/// <summary>One qualification type: what it is, how to earn it, the worker's standing in it, and the button to ask for it.</summary>
public sealed class QualificationTypeModel(WorkerQualifications qualifications, RequestQualification request) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Notice { get; set; }

    public WorkerQualifications.TypeView? View { get; private set; }

    public string? Error { get; private set; }

    // A fixed set of messages, so a crafted link cannot put words on the page.
    public string? NoticeText => Notice switch
    {
        "granted" => "The qualification was granted to you.",
        "pending" => "Your request was sent; the requester will review it.",
        "submitted" => "Your answers were handed in; the requester will review them.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return View is null ? NotFoundPage() : Page();
    }

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken cancellationToken)
    {
        try
        {
            var ask = await request.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(User), Id, answers: null, cancellationToken);
            var notice = ask.Outcome == QualificationAskOutcome.Granted ? "?notice=granted" : "?notice=pending";
            return Redirect(ask.Outcome == QualificationAskOutcome.TakingTest
                ? $"/qualifications/{Uri.EscapeDataString(Id)}/test"
                : $"/qualifications/{Uri.EscapeDataString(Id)}{notice}");
        }
        catch (DomainException refusal)
        {
            Error = refusal.Message;
            await LoadAsync(cancellationToken);
            if (View is null)
            {
                return NotFoundPage();
            }

            Response.StatusCode = refusal.Code == ErrorCode.PermissionDenied ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        View = await qualifications.OfTypeAsync(WorkerTokenAuthentication.WorkerOf(User), Id, cancellationToken);
}
