using Kempelen.Batches;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages.Batches;

/// <summary>
/// MTurk's way of reviewing in bulk: the downloaded results file comes back with Approve and Reject filled in and
/// ReviewBatch decides it row by row; the page reports what was done and each row it could not do.
/// </summary>
public sealed class ReviewUploadModel(KempelenDb db, ReviewBatch review) : RequesterPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ReviewBatch.Outcome? Outcome { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await IsMineAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsMineAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Upload is not { Length: > 0 })
        {
            Problems = ["Choose the results file to upload."];
            return Page();
        }

        string csv;
        using (var reader = new StreamReader(Upload.OpenReadStream()))
        {
            csv = await reader.ReadToEndAsync(cancellationToken);
        }

        try
        {
            Outcome = await review.ExecuteAsync(Requester, BatchId.From(Id), csv, cancellationToken);
        }
        catch (CsvException unreadable)
        {
            Problems = unreadable.Problems;
        }
        catch (DomainException refusal)
        {
            Problems = [refusal.Message];
        }

        return Page();
    }

    /// <summary>Another requester's batch is not found, before any file of theirs is read.</summary>
    private async Task<bool> IsMineAsync(CancellationToken cancellationToken)
    {
        try
        {
            await BatchHits.EnsureExistsAsync(db, Requester, BatchId.From(Id), cancellationToken);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }
}
