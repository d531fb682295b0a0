using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

public sealed class QueueModel(WorkerActivity activity) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Notice { get; set; }

    public IReadOnlyList<AssignmentRow> Rows { get; private set; } = [];

    // A fixed set of messages, so a crafted link cannot put words on the page.
    public string? NoticeText => Notice switch
    {
        "submitted" => "Your work was submitted.",
        "group-done" => "Your work was submitted. There are no more HITs in that group that you can accept.",
        "returned" => "You returned the assignment.",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await activity.QueueAsync(WorkerTokenAuthentication.WorkerOf(User), cancellationToken);
}
