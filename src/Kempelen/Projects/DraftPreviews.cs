using Kempelen.TaskContent;
using Microsoft.AspNetCore.WebUtilities;

namespace Kempelen.Projects;

/// <summary>
/// Shows task HTML that is not a HIT yet — the project form's preview — the way workers will see it: on the task
/// origin, in a sandboxed frame, with MTurk's preview parameters. The form posts its HTML and sample values
/// straight into the frame, so nothing is kept between requests; a draft token sealed by the app for a
/// signed-in requester keeps the task origin from rendering HTML for anyone else's page.
/// </summary>
public sealed class DraftPreviews(SubmissionTokens tokens, TaskOrigins origins, TimeProvider time)
{
    public const string HtmlField = "Form.Html";
    public const string SamplePrefix = "Form.Sample[";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Where the project form's preview posts: the task origin, with the parameters a HIT preview gets.</summary>
    public string ActionFor(HttpRequest appRequest)
    {
        var token = tokens.Seal(SubmissionToken.ForDraft(TaskOrigins.AppOriginOf(appRequest), time.GetUtcNow().UtcDateTime + Lifetime));
        var turkSubmitTo = TaskFrame.SubmitPrefix(origins.TaskOriginFor(appRequest), token);
        return QueryHelpers.AddQueryString(turkSubmitTo + "/draft", new Dictionary<string, string?>
        {
            ["assignmentId"] = MTurkHelperScript.PreviewAssignmentId,
            ["hitId"] = "PREVIEW",
            ["workerId"] = "",
            ["turkSubmitTo"] = turkSubmitTo,
        });
    }

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/s/{token}/draft", ShowAsync).WithMetadata(TaskOriginEndpoint.Instance).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext context, SubmissionTokens tokens, TaskOrigins origins, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { IsDraft: true } opened)
        {
            return TaskPages.Error(
                context,
                origins.AppOriginGuess(context.Request),
                StatusCodes.Status400BadRequest,
                "Preview expired",
                "This preview link is not valid or has expired. Reload the project form.");
        }

        if (!context.Request.HasFormContentType)
        {
            return TaskPages.Error(context, opened.AppOrigin, StatusCodes.Status400BadRequest, "No preview", "Post the project form to see its preview.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var samples = form
            .Where(f => f.Key.StartsWith(SamplePrefix, StringComparison.Ordinal) && f.Key.EndsWith(']'))
            .ToDictionary(f => f.Key[SamplePrefix.Length..^1], f => f.Value.ToString(), StringComparer.Ordinal);
        try
        {
            var question = TaskQuestion.Read(ProjectTemplate.ToHtmlQuestion(ProjectTemplate.FillForPreview(form[HtmlField].ToString(), samples), ProjectTerms.DefaultFrameHeight));
            var html = HtmlQuestionContent.Rewrite(question.HtmlContent!, $"/s/{token}/mturk/externalSubmit", MTurkHelperScript.Path);
            return TaskPages.Document(context, opened.AppOrigin, html);
        }
        catch (DomainException refusal)
        {
            return TaskPages.Error(context, opened.AppOrigin, StatusCodes.Status422UnprocessableEntity, "Cannot preview", refusal.Message);
        }
    }
}
