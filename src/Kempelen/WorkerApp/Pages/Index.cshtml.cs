using Kempelen.Accounts;
using Kempelen.Finance;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

public sealed class IndexModel(HitGroupSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MinReward { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page", which would
    // otherwise win and never convert to a number.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string? MinRewardError { get; private set; }

    public HitGroupSort SortOrder => Sort switch
    {
        "reward" => HitGroupSort.Reward,
        "available" => HitGroupSort.MostAvailable,
        _ => HitGroupSort.Newest,
    };

    public HitGroupPage Result { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Money? minimum = null;
        if (!string.IsNullOrWhiteSpace(MinReward))
        {
            if (Money.TryParse(MinReward.Trim().TrimStart('$'), out var parsed))
            {
                minimum = parsed;
            }
            else
            {
                MinRewardError = $"Enter an amount like 0.05; got '{MinReward}'.";
            }
        }

        Result = await search.FindAsync(new HitGroupQuery(Q, minimum, SortOrder, PageNumber), User.FindWorkerId(), cancellationToken);
    }

    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q", Q);
        }

        if (!string.IsNullOrWhiteSpace(MinReward))
        {
            query.Add("minReward", MinReward);
        }

        if (!string.IsNullOrWhiteSpace(Sort))
        {
            query.Add("sort", Sort);
        }

        query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/" + query;
    }
}
