namespace Kempelen.TaskContent;

/// <summary>
/// Where requester content is served (architecture §6). Both are optional: without them the task origin is the
/// worker app's host name prefixed with "task." (or task.localhost when the app is reached by an IP address), and
/// a task page names the app origin that its sealed token carries.
/// </summary>
public sealed class TaskOriginOptions
{
    public const string Section = "Kempelen";

    /// <summary>e.g. https://task.example-tasks.org; in production a separate registrable domain.</summary>
    public string? TaskOrigin { get; set; }

    /// <summary>e.g. https://work.example.org; used for pages of the task origin that carry no token.</summary>
    public string? AppOrigin { get; set; }
}
