using System.Globalization;
using Kempelen.Batches;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages.Batches;

public sealed class ShowModel(KempelenDb db, TimeProvider time) : RequesterPage
{
    [FromRoute]
    public string Id { get; set; } = "";

    public Batch? Batch { get; private set; }

    public string ProjectTitle { get; private set; } = "";

    public BatchStatistics? Statistics { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync([FromServices] CancelBatch cancel, CancellationToken cancellationToken)
    {
        try
        {
            var expired = await cancel.ExecuteAsync(Requester, BatchId.From(Id), cancellationToken);
            TempData["Notice"] = string.Create(CultureInfo.InvariantCulture, $"Cancelled: {expired} HITs expired and the escrow of their unfilled assignments was released.");
            return Redirect($"/requester/batches/{Id}");
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("", refusal.Message);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAssignmentsAsync(int count, string? addToken, [FromServices] AddBatchAssignments add, CancellationToken cancellationToken)
    {
        try
        {
            var added = await add.ExecuteAsync(Requester, BatchId.From(Id), count, string.IsNullOrEmpty(addToken) ? null : addToken, cancellationToken);
            TempData["Notice"] = added.AlreadyDone
                ? "These assignments were added already, by this same form; nothing more was added or held."
                : string.Create(CultureInfo.InvariantCulture, $"Added {count} assignments to each of {added.Hits} open HITs; ${added.Held} is held in escrow for them.");
            return Redirect($"/requester/batches/{Id}");
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("", refusal.Message);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes} min {span.Seconds} s");

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var requester = Requester;
        var id = BatchId.From(Id);
        Batch = await BatchHits.Owned(db, requester, id).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (Batch is null)
        {
            return false;
        }

        var projectId = Batch.ProjectId;
        ProjectTitle = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Title).SingleAsync(cancellationToken);
        Statistics = await BatchStatistics.ReadAsync(db, Batch, time.UtcNowToTheMillisecond(), cancellationToken);
        return true;
    }
}
