using Microsoft.AspNetCore.WebUtilities;

namespace Kempelen.TaskContent;

/// <summary>
/// The iframe in which a worker app page shows a task: its URL with MTurk's four parameters (mturk-compat §10.3),
/// its height (0 fits the window) and its sandbox.
/// </summary>
public sealed record TaskFrame(string Source, int Height, string Sandbox)
{
    /// <summary>
    /// Requester HTML on our task origin runs without allow-same-origin: its origin is opaque, so it cannot read
    /// the task origin's storage left by another requester's task, nor anything of the worker app.
    /// </summary>
    public const string TaskOriginSandbox = "allow-scripts allow-forms";

    /// <summary>
    /// An ExternalQuestion page lives on the requester's own https origin, which is never ours; keeping that
    /// origin lets the requester's page use its own cookies and storage, as on MTurk.
    /// </summary>
    public const string ExternalSandbox = "allow-scripts allow-forms allow-same-origin";

    public bool FitsWindow => Height <= 0;

    public static string SubmitPrefix(string taskOrigin, string sealedToken) => $"{taskOrigin}/s/{sealedToken}";

    public static TaskFrame For(TaskQuestion question, string taskOrigin, string sealedToken, string? assignmentId, string hitId, string? workerId)
    {
        var turkSubmitTo = SubmitPrefix(taskOrigin, sealedToken);
        var parameters = new Dictionary<string, string?>
        {
            ["assignmentId"] = assignmentId ?? MTurkHelperScript.PreviewAssignmentId,
            ["hitId"] = hitId,
            ["workerId"] = workerId ?? "",
            ["turkSubmitTo"] = turkSubmitTo,
        };
        return question.Kind switch
        {
            QuestionKind.ExternalQuestion => new TaskFrame(QueryHelpers.AddQueryString(question.ExternalUrl!, parameters), question.FrameHeight, ExternalSandbox),
            QuestionKind.HtmlQuestion or QuestionKind.QuestionForm =>
                new TaskFrame(QueryHelpers.AddQueryString(turkSubmitTo + "/task", parameters), question.FrameHeight, TaskOriginSandbox),
        };
    }
}
