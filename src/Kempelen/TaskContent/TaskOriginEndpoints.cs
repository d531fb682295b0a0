using System.Text;
using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.Storage;
using Kempelen.TaskContent.QuestionForms;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.TaskContent;

/// <summary>
/// The task origin (architecture §6, mturk-compat §10.2–10.4): requester content, the helper script and
/// externalSubmit. Nothing here reads the worker's cookie; a sealed <see cref="SubmissionToken"/> in the path says
/// which HIT may be shown and which assignment may be submitted, by whom. Every refusal is a page, never a 500.
/// </summary>
public static class TaskOriginEndpoints
{
    public static IEndpointRouteBuilder MapTaskOrigin(this IEndpointRouteBuilder endpoints)
    {
        var task = endpoints.MapGroup("").WithMetadata(TaskOriginEndpoint.Instance).DisableAntiforgery();
        task.MapGet(MTurkHelperScript.Path, (HttpContext context) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(MTurkHelperScript.Source, "text/javascript; charset=utf-8");
        });
        task.MapGet("/s/{token}/task", ShowTaskAsync);
        task.MapMethods("/s/{token}/mturk/externalSubmit", [HttpMethods.Get, HttpMethods.Post], ExternalSubmitAsync);
        task.MapPost("/s/{token}/questionform", SubmitQuestionFormAsync);
        task.MapMethods("/mturk/externalSubmit", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, TaskOrigins origins) => TaskPages.Error(
            context,
            origins.AppOriginGuess(context.Request),
            StatusCodes.Status400BadRequest,
            "Not submitted",
            "This form was sent to /mturk/externalSubmit without the task's token. Submit the form from the task page you accepted, whose turkSubmitTo parameter holds it."));
        return endpoints;
    }

    private static async Task<IResult> ShowTaskAsync(string token, HttpContext context, SubmissionTokens tokens, TaskOrigins origins, KempelenDb db, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } opened)
        {
            return InvalidToken(context, origins);
        }

        if (await QuestionTextAsync(db, opened, cancellationToken) is not { } text)
        {
            return TaskNotFound(context, opened);
        }

        var prefix = $"/s/{token}";
        var question = TaskQuestion.Read(text);
        return question.Kind switch
        {
            QuestionKind.HtmlQuestion => TaskPages.Document(
                context,
                opened.AppOrigin,
                HtmlQuestionContent.Rewrite(question.HtmlContent!, $"{prefix}/mturk/externalSubmit", MTurkHelperScript.Path)),
            QuestionKind.QuestionForm => TaskPages.Document(context, opened.AppOrigin, QuestionFormPage(QuestionForm.Parse(text), prefix, opened.IsPreview, [], [])),
            QuestionKind.ExternalQuestion => TaskPages.Error(
                context,
                opened.AppOrigin,
                StatusCodes.Status404NotFound,
                "Task not found",
                "This HIT is an ExternalQuestion; its page is served by the requester's site."),
        };
    }

    private static async Task<IResult> ExternalSubmitAsync(string token, HttpContext context, SubmissionTokens tokens, TaskOrigins origins, SubmitAssignment submit, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } opened)
        {
            return InvalidToken(context, origins);
        }

        if (opened.IsPreview)
        {
            return NotAccepted(context, opened);
        }

        List<(string Name, string Value)> fields;
        try
        {
            fields = await ReadFieldsAsync(context.Request, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return TaskPages.Error(context, opened.AppOrigin, StatusCodes.Status400BadRequest, "Not submitted", exception.Message);
        }

        var assignmentIds = fields.Where(f => f.Name == "assignmentId").Select(f => f.Value).Distinct(StringComparer.Ordinal).ToList();
        if (assignmentIds is not [var assignmentId])
        {
            return TaskPages.Error(
                context,
                opened.AppOrigin,
                StatusCodes.Status400BadRequest,
                "Not submitted",
                "The form must send one field named assignmentId holding the assignment's ID (MTurk templates fill it with turkSetAssignmentID()); nothing was recorded.");
        }

        if (assignmentId == MTurkHelperScript.PreviewAssignmentId)
        {
            return NotAccepted(context, opened);
        }

        if (!string.Equals(assignmentId, opened.AssignmentId, StringComparison.Ordinal))
        {
            return TaskPages.Error(
                context,
                opened.AppOrigin,
                StatusCodes.Status400BadRequest,
                "Not submitted",
                $"The form sent assignmentId '{assignmentId}', but this task page belongs to assignment {opened.AssignmentId}; nothing was recorded.");
        }

        return await SubmitAsync(context, opened, submit, AnswerDocument.FromFormPost(fields), cancellationToken);
    }

    private static async Task<IResult> SubmitQuestionFormAsync(string token, HttpContext context, SubmissionTokens tokens, TaskOrigins origins, KempelenDb db, SubmitAssignment submit, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } opened)
        {
            return InvalidToken(context, origins);
        }

        if (opened.IsPreview)
        {
            return NotAccepted(context, opened);
        }

        if (await QuestionTextAsync(db, opened, cancellationToken) is not { } text)
        {
            return TaskNotFound(context, opened);
        }

        List<(string Name, string Value)> fields;
        try
        {
            fields = await ReadFieldsAsync(context.Request, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return TaskPages.Error(context, opened.AppOrigin, StatusCodes.Status400BadRequest, "Not submitted", exception.Message);
        }

        var form = QuestionForm.Parse(text);
        var answers = QuestionFormSubmission.ToAnswers(form, QuestionFormSubmission.ByName(fields));
        var errors = QuestionFormValidator.Validate(form, answers);
        if (errors.Count > 0)
        {
            return TaskPages.Document(context, opened.AppOrigin, QuestionFormPage(form, $"/s/{token}", preview: false, answers, errors), StatusCodes.Status422UnprocessableEntity);
        }

        return await SubmitAsync(context, opened, submit, AnswerDocument.Write(answers), cancellationToken);
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, SubmissionToken token, SubmitAssignment submit, string answers, CancellationToken cancellationToken)
    {
        try
        {
            await submit.ExecuteAsync(WorkerId.From(token.WorkerId!), token.AssignmentId!, answers, cancellationToken);
        }
        catch (DomainException refusal)
        {
            var status = refusal.Code == ErrorCode.AssignmentDoesNotExist ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return TaskPages.Error(context, token.AppOrigin, status, "Not submitted", refusal.Message + " Nothing was recorded.");
        }

        return TaskPages.Submitted(context, token.AppOrigin, token.AssignmentId!);
    }

    /// <summary>
    /// The fields in the order the browser sent them: the form body (urlencoded or multipart), or the query of a GET,
    /// which MTurk accepted historically (mturk-compat §10.4).
    /// </summary>
    private static async Task<List<(string Name, string Value)>> ReadFieldsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return [.. request.Query.SelectMany(pair => pair.Value.Select(value => (pair.Key, value ?? "")))];
        }

        if (!request.HasFormContentType)
        {
            throw new InvalidDataException("Submit the form as application/x-www-form-urlencoded or multipart/form-data.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count > 0)
        {
            throw new InvalidDataException("File uploads are not supported; remove the file fields from the form.");
        }

        // The form collection keeps first-seen order of names, which is the order of the body.
        return [.. form.SelectMany(pair => pair.Value.Select(value => (pair.Key, value ?? "")))];
    }

    private static Task<string?> QuestionTextAsync(KempelenDb db, SubmissionToken token, CancellationToken cancellationToken)
    {
        var hitId = HitId.From(token.HitId);
        return db.Hits.AsNoTracking().Where(h => h.Id == hitId).Select(h => h.Question).SingleOrDefaultAsync(cancellationToken);
    }

    private static string QuestionFormPage(QuestionForm form, string prefix, bool preview, IReadOnlyList<QuestionAnswer> answers, IReadOnlyList<AnswerError> errors)
    {
        var body = new StringBuilder();
        body.Append("<form method=\"post\" action=\"").Append(TaskPages.Encode(prefix + "/questionform")).Append("\">\n");
        if (errors.Count > 0)
        {
            body.Append("<div class=\"errors\" role=\"alert\"><p>Please correct these answers:</p><ul>\n");
            foreach (var error in errors)
            {
                body.Append("<li>").Append(TaskPages.Encode(error.QuestionIdentifier)).Append(": ").Append(TaskPages.Encode(error.Message)).Append("</li>\n");
            }

            body.Append("</ul></div>\n");
        }

        // A refused submission is shown again with what the worker typed, and each error beside its question.
        body.Append(QuestionFormRenderer.Render(form, answers, errors));
        body.Append(preview
            ? "<p><button type=\"submit\" disabled>Accept the HIT to submit</button></p>\n"
            : "<p><button type=\"submit\">Submit</button></p>\n");
        body.Append("</form>");
        return TaskPages.Wrap("Task", body.ToString());
    }

    private static IResult TaskNotFound(HttpContext context, SubmissionToken token) =>
        TaskPages.Error(context, token.AppOrigin, StatusCodes.Status404NotFound, "Task not found", $"HIT {token.HitId} does not exist.");

    private static IResult InvalidToken(HttpContext context, TaskOrigins origins) => TaskPages.Error(
        context,
        origins.AppOriginGuess(context.Request),
        StatusCodes.Status400BadRequest,
        "Task link expired",
        "This task link is not valid or has expired. Open the task again from your queue.");

    private static IResult NotAccepted(HttpContext context, SubmissionToken token) => TaskPages.Error(
        context,
        token.AppOrigin,
        StatusCodes.Status400BadRequest,
        "Accept the HIT first",
        "This is a preview. Accept the HIT to work on it and submit your answers; nothing was recorded.");
}
