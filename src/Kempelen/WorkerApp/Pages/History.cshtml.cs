using System.Globalization;
using Kempelen.Assignments;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

public sealed class HistoryModel(WorkerActivity activity) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    /// <summary>The last assignment of the previous page, which breaks ties between equal submission times.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<AssignmentRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (DateTime, AssignmentId)? before =
            DateTime.TryParse(Before, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant) && After is { Length: > 0 } after
                ? (instant, AssignmentId.From(after))
                : null;
        Rows = await activity.HistoryAsync(WorkerTokenAuthentication.WorkerOf(User), before, cancellationToken);
    }
}
