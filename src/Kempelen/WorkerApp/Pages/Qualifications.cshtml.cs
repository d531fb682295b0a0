using System.Globalization;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

/// <summary>The worker's qualifications: system values, grants and revocations, requests, and the types they could ask for.</summary>
public sealed class QualificationsModel(WorkerQualifications qualifications) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page", which would
    // otherwise win and never convert to a number.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public WorkerQualifications.Mine Mine { get; private set; } = null!;

    public WorkerQualifications.RequestablePage Requestable { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var worker = WorkerTokenAuthentication.WorkerOf(User);
        Mine = await qualifications.MineAsync(worker, cancellationToken);
        Requestable = await qualifications.RequestableAsync(worker, Q, PageNumber, cancellationToken);
    }

    public static string HowEarned(WorkerQualifications.Requestable type) =>
        type.HasTest ? $"Take a test ({Display.Duration(type.TestDurationInSeconds ?? 0)})"
        : type.AutoGranted ? "Granted at once"
        : "Reviewed by the requester";

    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q", Q);
        }

        query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        return "/qualifications" + query + "#requestable";
    }
}
