using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Kempelen.Batches;
using Kempelen.Idempotency;
using Kempelen.Projects;
using Kempelen.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages.Projects;

/// <summary>
/// Upload, quote, publish. The file is checked and quoted without creating anything; the quote page carries the
/// file in its publish form, so publishing needs nothing kept on the server between requests. It goes as Base64
/// because browsers rewrite line breaks in form values, which would change multi-line fields. With script,
/// publishing streams its progress as lines of JSON; without, it redirects to the batch when done.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes, ValueLengthLimit = MaxUploadBytes)]
public sealed class PublishModel(KempelenDb db, PublishBatch publish) : RequesterPage
{
    private const int MaxUploadBytes = 256 * 1024 * 1024;

    [FromRoute]
    public string Id { get; set; } = "";

    public string ProjectTitle { get; private set; } = "";

    public IReadOnlyList<string> Placeholders { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public BatchQuote? Quote { get; private set; }

    /// <summary>The quoted file as the publish form sends it back: its UTF-8 bytes in Base64.</summary>
    public string Upload { get; private set; } = "";

    /// <summary>Names this quote's publishing, so that the form sent twice publishes once.</summary>
    public string PublishToken { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostQuoteAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            Problems = ["Choose a CSV file to upload."];
            return Page();
        }

        var csv = await ReadAsync(file, cancellationToken);
        Upload = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));
        PublishToken = RequestTokens.NewFormToken();
        try
        {
            Quote = await publish.QuoteAsync(Requester, ProjectId.From(Id), csv, cancellationToken);
        }
        catch (Exception refused) when (refused is CsvException or DomainException)
        {
            Problems = ProblemsOf(refused);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string? upload, string? publishToken, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var batch = await PublishAsync(ProjectId.From(Id), Decode(upload), publishToken, null, cancellationToken);
            TempData["Notice"] = $"Published {batch.HitCount} HITs.";
            return Redirect($"/requester/batches/{batch.Id}");
        }
        catch (Exception refused) when (refused is CsvException or DomainException)
        {
            Problems = ProblemsOf(refused);
        }

        return Page();
    }

    /// <summary>
    /// Publishes and answers newline-delimited JSON while it runs: {"done":n} lines, then {"batchId":…} — or
    /// {"problems":[…]} when nothing was created. The page knows the HIT count from the quote, so the file is
    /// checked once, by publishing. Progress is reported from the publishing code's thread, so it goes through a
    /// channel to the one loop that writes the response.
    /// </summary>
    public async Task<IActionResult> OnPostStreamAsync(string? upload, string? publishToken, CancellationToken cancellationToken)
    {
        Response.ContentType = "application/x-ndjson; charset=utf-8";
        Response.Headers.CacheControl = "no-store";
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var progress = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        var writer = Task.Run(
            async () =>
            {
                await foreach (var done in progress.Reader.ReadAllAsync(cancellationToken))
                {
                    await WriteLineAsync(new { done }, cancellationToken);
                }
            },
            cancellationToken);
        object last;
        try
        {
            var batch = await PublishAsync(ProjectId.From(Id), Decode(upload), publishToken, new ChannelProgress(progress.Writer), cancellationToken);
            last = new { batchId = batch.Id.Value, url = $"/requester/batches/{batch.Id}" };
        }
        catch (Exception exception) when (exception is CsvException or DomainException)
        {
            last = new { problems = ProblemsOf(exception) };
        }
        finally
        {
            // Whatever happened, the writing loop finishes before the response does.
            progress.Writer.Complete();
            await writer;
        }

        await WriteLineAsync(last, cancellationToken);
        return new EmptyResult();
    }

    private static IReadOnlyList<string> ProblemsOf(Exception exception) =>
        exception is CsvException csv ? csv.Problems : [exception.Message];

    private async Task WriteLineAsync(object line, CancellationToken cancellationToken)
    {
        await Response.WriteAsync(JsonSerializer.Serialize(line) + "\n", cancellationToken);
        await Response.Body.FlushAsync(cancellationToken);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var project = await SaveProject.FindAsync(db, Requester, ProjectId.From(Id), cancellationToken);
            ProjectTitle = project.Title;
            Placeholders = project.Placeholders;
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private static string Decode(string? upload)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(upload ?? ""));
        }
        catch (FormatException)
        {
            throw DomainException.InvalidParameter("Upload", "The file did not arrive whole; upload it again.");
        }
    }

    /// <summary>A form without a token (one sent by hand) publishes without one.</summary>
    private Task<Batch> PublishAsync(ProjectId project, string csv, string? publishToken, IProgress<int>? progress, CancellationToken cancellationToken) =>
        publish.ExecuteAsync(Requester, project, csv, string.IsNullOrWhiteSpace(publishToken) ? null : publishToken, progress, cancellationToken);

    /// <summary>UTF-8, with or without a byte-order mark.</summary>
    private static async Task<string> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private sealed class ChannelProgress(ChannelWriter<int> writer) : IProgress<int>
    {
        public void Report(int value) => writer.TryWrite(value);
    }
}
