using Kempelen.Qualifications;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.WorkerApp.Pages;

/// <summary>
/// The qualification test the worker is taking: the requester's QuestionForm rendered here in the app, which is
/// safe because the renderer writes only encoded text, form controls, sanitised formatting and http(s) media — no
/// requester markup or script reaches the page (QuestionFormRenderer, FormattedContentSanitizer) — with the time
/// left and Submit.
/// </summary>
public sealed class QualificationTestModel(WorkerQualifications qualifications, RequestQualification request, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public WorkerQualifications.OpenTest? Test { get; private set; }

    public string FormHtml { get; private set; } = "";

    public long SecondsLeft { get; private set; }

    public IReadOnlyList<AnswerError> Errors { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync([], [], cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var fields = QuestionFormSubmission.ByName(Request.Form.SelectMany(pair => pair.Value.Select(value => (pair.Key, value ?? ""))));
        try
        {
            var ask = await request.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(User), Id, fields, cancellationToken);
            if (ask.Outcome == QualificationAskOutcome.AnswersRefused)
            {
                Errors = ask.Errors;
                await LoadAsync(ask.Answers, ask.Errors, cancellationToken);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }

            // Answers handed in are either graded at once or left for the requester.
            return Redirect($"/qualifications/{Uri.EscapeDataString(Id)}?notice={(ask.Outcome == QualificationAskOutcome.Granted ? "granted" : "submitted")}");
        }
        catch (DomainException refusal)
        {
            Error = refusal.Message;
            await LoadAsync([], [], cancellationToken);
            Response.StatusCode = refusal.Code == ErrorCode.QualificationTypeDoesNotExist ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private async Task LoadAsync(IReadOnlyList<QuestionAnswer> answers, IReadOnlyList<AnswerError> errors, CancellationToken cancellationToken)
    {
        Test = await qualifications.OpenTestAsync(WorkerTokenAuthentication.WorkerOf(User), Id, cancellationToken);
        if (Test is null)
        {
            return;
        }

        SecondsLeft = Math.Max(0, (long)(Test.Deadline - time.GetUtcNow().UtcDateTime).TotalSeconds);
        FormHtml = QuestionFormRenderer.Render(QuestionForm.Parse(Test.Test), answers, errors);
        WorkerAppSecurityHeaders.AllowRequesterMedia(HttpContext);
    }
}
