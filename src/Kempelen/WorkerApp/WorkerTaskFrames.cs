using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.TaskContent;

namespace Kempelen.WorkerApp;

/// <summary>Builds the task frame of a preview or of accepted work, with a token sealed for exactly that.</summary>
public sealed class WorkerTaskFrames(SubmissionTokens tokens, TaskOrigins origins, TimeProvider time)
{
    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);

    public string TaskOrigin(HttpRequest request) => origins.TaskOriginFor(request);

    public TaskFrame ForPreview(HttpRequest request, HitId hit, string question, WorkerId? worker)
    {
        var token = new SubmissionToken(hit.Value, null, worker?.Value, TaskOrigins.AppOriginOf(request), time.GetUtcNow().UtcDateTime + PreviewLifetime);
        return TaskFrame.For(TaskQuestion.Read(question), TaskOrigin(request), tokens.Seal(token), null, hit.Value, worker?.Value);
    }

    /// <summary>The token lives as long as the assignment may be submitted.</summary>
    public TaskFrame ForWork(HttpRequest request, AssignmentId assignment, HitId hit, string question, WorkerId worker, DateTime deadline)
    {
        var token = new SubmissionToken(hit.Value, assignment.Value, worker.Value, TaskOrigins.AppOriginOf(request), deadline);
        return TaskFrame.For(TaskQuestion.Read(question), TaskOrigin(request), tokens.Seal(token), assignment.Value, hit.Value, worker.Value);
    }
}
