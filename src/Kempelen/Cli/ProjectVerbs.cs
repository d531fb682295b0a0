using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Projects;
using Kempelen.Protocol.Shapes;

namespace Kempelen.Cli;

/// <summary>Requester verbs for scripted use, on the same use cases as the requester web app.</summary>
public static class ProjectVerbs
{
    public static readonly Verb Create = new(
        "project create",
        "Creates a project: task HTML with ${column} placeholders and the HIT terms; its id is a HITLayoutId.",
        [
            new("requester", "The RequesterId that owns the project", "ID", Required: true),
            new("title", "The HITs' title, shown to workers", "TEXT", Required: true),
            new("description", "The HITs' description", "TEXT", Required: true),
            new("reward", "Reward per assignment in dollars, like 0.10", "AMOUNT", Required: true),
            new("assignments", "Assignments per HIT (different workers)", "N", Required: true),
            new("html-file", "The task HTML, with ${column} placeholders", "FILE", Required: true),
            new("keywords", "Comma-separated keywords workers can search for", "TEXT"),
            new("duration", "Seconds a worker has for one assignment", "SECONDS", "3600"),
            new("lifetime", "Seconds a published HIT stays available", "SECONDS", "604800"),
            new("auto-approval", "Seconds after submission until work is approved automatically", "SECONDS", "259200"),
            new("requirements-file", "Qualification requirements: MTurk's QualificationRequirements JSON, as boto3 sends it", "FILE"),
            new("json", "Print one JSON object with ProjectId"),
            .. Verb.StorageOptions,
        ],
        CreateAsync);

    private static async Task<int> CreateAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var requirements = options.Has("requirements-file")
            ? QualificationRequirement.ListFromJson(await options.ReadFileAsync("requirements-file", cancellationToken), "--requirements-file")
            : [];
        var terms = new ProjectTerms(
            HitTypeProperties.Create(
                options.Require("title"),
                options.Require("description"),
                options.Get("keywords"),
                options.RequireAmount("reward"),
                options.GetLong("duration", 3600),
                options.GetLong("auto-approval", 259_200),
                requirements),
            options.GetInt("assignments", 1),
            options.GetLong("lifetime", 604_800),
            await options.ReadFileAsync("html-file", cancellationToken),
            ProjectTerms.DefaultFrameHeight);
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var project = await scope.ServiceProvider.GetRequiredService<SaveProject>()
            .CreateAsync(RequesterId.From(options.Require("requester")), terms, cancellationToken);
        if (options.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["ProjectId"] = project.Id.Value }));
        }
        else
        {
            Console.WriteLine($"ProjectId: {project.Id}");
            Console.WriteLine($"Placeholders: {string.Join(", ", project.Placeholders)}");
        }

        return 0;
    }
}
