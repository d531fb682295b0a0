using System.Globalization;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

public sealed class HistoryModel(WorkerActivity activity) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public IReadOnlyList<AssignmentRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DateTime? before = DateTime.TryParse(Before, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
        Rows = await activity.HistoryAsync(WorkerTokenAuthentication.WorkerOf(User), before, cancellationToken);
    }
}
