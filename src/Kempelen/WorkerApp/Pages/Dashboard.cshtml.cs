using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

public sealed class DashboardModel(WorkerActivity activity) : PageModel
{
    public WorkerSummary Summary { get; private set; } = null!;

    public string WorkerId { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var worker = WorkerTokenAuthentication.WorkerOf(User);
        WorkerId = worker.Value;
        Summary = await activity.SummaryAsync(worker, cancellationToken);
    }
}
