using Kempelen.Batches;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages.Batches;

/// <summary>
/// The review grid: a batch's work page by page, each assignment beside its CSV row, decided one row, the chosen
/// rows or all matching rows at a time, with bonuses from a row. Decisions go through ReviewAssignments, bonuses
/// through BonusForm.
/// </summary>
public sealed class ReviewModel(ReviewGrid grid, ReviewAssignments review, BonusForm bonus) : RequesterPage
{
    private const int MaxFailuresShown = 20;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "worker")]
    public string? WorkerFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    [BindProperty]
    public string? Act { get; set; }

    [BindProperty]
    public List<string> Selected { get; set; } = [];

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public string? AssignmentId { get; set; }

    [BindProperty]
    public string? WorkerId { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? BonusToken { get; set; }

    public ReviewGrid.Page Grid { get; private set; } = null!;

    public string? Error { get; private set; }

    public ReviewStatus Status => StatusFilter?.ToLowerInvariant() switch
    {
        "approved" => ReviewStatus.Approved,
        "rejected" => ReviewStatus.Rejected,
        "all" => ReviewStatus.All,
        _ => ReviewStatus.Submitted,
    };

    public bool CanDecideMatching => Filter.CanDecideMatching;

    private ReviewFilter Filter => new(Status, string.IsNullOrWhiteSpace(WorkerFilter) ? null : Accounts.WorkerId.From(WorkerFilter.Trim()));

    private BatchId Batch => BatchId.From(Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        var (verdict, target) = (Act ?? "").Split(':', 2) switch
        {
            [var v, var t] => (v, t),
            [var v] => (v, ""),
            _ => ("", ""),
        };
        var decision = verdict.StartsWith("approve", StringComparison.Ordinal)
            ? ReviewAssignments.Decision.ToApprove(string.IsNullOrWhiteSpace(Feedback) ? null : Feedback.Trim())
            : ReviewAssignments.Decision.ToReject(Feedback?.Trim());
        try
        {
            var outcome = verdict switch
            {
                "approve-matching" or "reject-matching" => await review.ExecuteMatchingAsync(Requester, Batch, Filter, decision, cancellationToken),
                "approve-selected" or "reject-selected" => await review.ExecuteAsync(Requester, Batch, Selected, decision, cancellationToken),
                "approve" or "reject" => await review.ExecuteAsync(Requester, Batch, [target], decision, cancellationToken),
                _ => throw DomainException.InvalidParameter("Act", "Choose approve or reject."),
            };
            TempData["Notice"] = Summary(outcome);
            if (outcome.Failures.Count > 0)
            {
                // TempData travels in a cookie: a long list is cut short and counted.
                var shown = outcome.Failures.Take(MaxFailuresShown).Select(f => f.ToString()).ToList();
                if (outcome.Failures.Count > shown.Count)
                {
                    shown.Add($"… and {outcome.Failures.Count - shown.Count} more.");
                }

                TempData["Failures"] = string.Join('\n', shown);
            }

            return Redirect(GridLink(After));
        }
        catch (DomainException refusal)
        {
            return await RefuseAsync(refusal, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostBonusAsync(CancellationToken cancellationToken)
    {
        try
        {
            TempData["Notice"] = await bonus.PayAsync(Requester, WorkerId ?? "", AssignmentId, Amount, Reason, BonusToken, cancellationToken);
            return Redirect(GridLink(After));
        }
        catch (DomainException refusal)
        {
            return await RefuseAsync(refusal, cancellationToken);
        }
    }

    /// <summary>The grid at a position, with the current filter.</summary>
    public string GridLink(string? after, ReviewStatus? status = null, string? worker = null)
    {
        var query = new QueryBuilder { { "status", (status ?? Status).ToString().ToLowerInvariant() } };
        if ((worker ?? WorkerFilter) is { Length: > 0 } w)
        {
            query.Add("worker", w.Trim());
        }

        if (after is { Length: > 0 })
        {
            query.Add("after", after);
        }

        return $"/requester/batches/{Uri.EscapeDataString(Id)}/review{query}";
    }

    private static string Summary(ReviewAssignments.Outcome outcome)
    {
        var text = $"Approved {outcome.Approved}, rejected {outcome.Rejected}" + (outcome.Failures.Count > 0 ? $"; {outcome.Failures.Count} could not be decided." : ".");
        return outcome.Unfinished ? text + " More matching work remains; press the button again to go on." : text;
    }

    private async Task<IActionResult> RefuseAsync(DomainException refusal, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Error = refusal.Message;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await grid.ReadAsync(Requester, Batch, Filter, ReviewPosition.Parse(After), cancellationToken);
        Grid = page!;
        return page is not null;
    }
}
