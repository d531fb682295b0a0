using System.Globalization;
using System.Text;
using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Batches;
using Kempelen.Projects;

namespace Kempelen.Cli;

/// <summary>Batch verbs for scripted use, on the same use cases as the requester web app.</summary>
public static class BatchVerbs
{
    public static readonly Verb Publish = new(
        "batch publish",
        "Publishes one HIT per row of a CSV file from a project; all of them or, on any problem, none.",
        [
            new("requester", "The RequesterId that owns the project", "ID", Required: true),
            new("project", "The ProjectId", "ID", Required: true),
            new("csv", "UTF-8 CSV whose header names the project's placeholders", "FILE", Required: true),
            new("json", "Print one JSON object with BatchId and HITCount"),
            .. Verb.StorageOptions,
        ],
        PublishAsync);

    public static readonly Verb Results = new(
        "batch results",
        "Writes a batch's results CSV in MTurk's batch-results layout.",
        [
            new("requester", "The RequesterId that owns the batch", "ID", Required: true),
            new("batch", "The BatchId", "ID", Required: true),
            new("out", "Where to write the CSV", "FILE", Required: true),
            .. Verb.StorageOptions,
        ],
        ResultsAsync);

    public static readonly Verb Review = new(
        "batch review",
        "Approves rows marked x in Approve and rejects rows with text in Reject, from a results CSV.",
        [
            new("requester", "The RequesterId that owns the work", "ID", Required: true),
            new("batch", "The BatchId the file came from", "ID", Required: true),
            new("csv", "The results CSV with Approve/Reject filled in", "FILE", Required: true),
            .. Verb.StorageOptions,
        ],
        ReviewAsync);

    private static async Task<int> PublishAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var csv = await options.ReadFileAsync("csv", cancellationToken);
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var publish = scope.ServiceProvider.GetRequiredService<PublishBatch>();
        var (requester, project) = (RequesterId.From(options.Require("requester")), ProjectId.From(options.Require("project")));
        var quote = await Checked(() => publish.QuoteAsync(requester, project, csv, cancellationToken));
        var terminal = !options.Has("json") && !Console.IsErrorRedirected;
        var progress = new Progress<int>(done =>
        {
            if (terminal)
            {
                var filled = (int)(30.0 * done / quote.HitCount);
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {done}/{quote.HitCount} HITs"));
            }
        });
        var batch = await Checked(() => publish.ExecuteAsync(requester, project, csv, publishToken: null, progress, cancellationToken));
        if (terminal)
        {
            Console.Error.WriteLine();
        }

        if (options.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object> { ["BatchId"] = batch.Id.Value, ["HITCount"] = batch.HitCount }));
        }
        else
        {
            Console.WriteLine($"BatchId: {batch.Id}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Published {batch.HitCount} HITs × {quote.AssignmentsPerHit} assignments; {quote.Total} held in escrow (reward {quote.Reward} + fee {quote.FeePerAssignment} per assignment)."));
        }

        return 0;
    }

    private static async Task<int> ResultsAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var path = options.Require("out");
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var partial = path + ".partial";
        int rows;
        await using (var file = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            rows = await scope.ServiceProvider.GetRequiredService<BatchResults>()
                .WriteAsync(RequesterId.From(options.Require("requester")), BatchId.From(options.Require("batch")), file, cancellationToken);
        }

        // Renamed only when complete, so a reader never takes a half-written file for the results.
        File.Move(partial, path, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {rows} rows to {path}."));
        return 0;
    }

    private static async Task<int> ReviewAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var csv = await options.ReadFileAsync("csv", cancellationToken);
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var outcome = await Checked(() => scope.ServiceProvider.GetRequiredService<ReviewBatch>()
            .ExecuteAsync(RequesterId.From(options.Require("requester")), BatchId.From(options.Require("batch")), csv, cancellationToken));
        foreach (var error in outcome.Errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"approved {outcome.Approved}, rejected {outcome.Rejected}, unchanged {outcome.Unchanged}, errors {outcome.Errors.Count}"));
        return outcome.Errors.Count == 0 ? 0 : CommandLine.Failure;
    }

    /// <summary>A file with problems is the user's to fix: every problem on its own line, exit code 1.</summary>
    private static async Task<T> Checked<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (CsvException problems)
        {
            throw new DomainException(ErrorCode.InvalidParameterValue, "the file has problems; nothing was changed:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Problems));
        }
    }
}
