using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages;

public sealed class WorkersModel(RequesterWorkers workers) : RequesterPage
{
    [BindProperty(SupportsGet = true)]
    public WorkerSort Sort { get; set; }

    /// <summary>Zero-based; "p" in the query, as "page" is Razor Pages' own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; }

    /// <summary>A worker ID typed into the lookup form, to open that worker's page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public WorkersPage Workers { get; private set; } = new([], 0);

    public int PageCount => Math.Max(1, (Workers.TotalWorkers + RequesterWorkers.PageSize - 1) / RequesterWorkers.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Id))
        {
            return Redirect("/requester/workers/" + Uri.EscapeDataString(Id.Trim()));
        }

        if (!Enum.IsDefined(Sort))
        {
            Sort = WorkerSort.Recent;
        }

        PageNumber = Math.Max(0, PageNumber);
        Workers = await workers.PageAsync(Requester, Sort, PageNumber, cancellationToken);
        return Page();
    }

    public string Link(WorkerSort sort, int page) => $"/requester/workers?sort={sort}" + (page > 0 ? $"&p={page}" : "");
}
