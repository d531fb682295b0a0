using System.Text;
using Kempelen.Batches;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages.Batches;

/// <summary>
/// A batch's results as MTurk's batch-results CSV, written straight to the response as BatchResults reads the rows,
/// so a large batch is never held in memory.
/// </summary>
public sealed class ResultsModel(KempelenDb db, BatchResults results) : RequesterPage
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var batch = BatchId.From(id);
        try
        {
            // Before the response starts: once the file streams, a refusal can no longer be a 404.
            await BatchHits.EnsureExistsAsync(db, Requester, batch, cancellationToken);
        }
        catch (DomainException)
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"Batch_{batch.Value}_results.csv\"";
        Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        await results.WriteAsync(Requester, batch, writer, cancellationToken);
        return new EmptyResult();
    }
}
