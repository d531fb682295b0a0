using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp.Api;

/// <summary>
/// The worker JSON API under /api/worker/v1, for apps, automation and load tests. It calls the same use cases as
/// the worker web app; refusals are RFC 9457 problem details.
/// </summary>
public static class WorkerApi
{
    public static IEndpointRouteBuilder MapWorkerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/worker/v1")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(WorkerTokenAuthentication.SchemeName).RequireAuthenticatedUser())
            .AddEndpointFilter(AnswerRefusalsAsProblems)
            .DisableAntiforgery();
        api.MapGet("/me", GetProfileAsync);
        api.MapPatch("/me", ChangeProfileAsync);
        api.MapGet("/hit-groups", FindHitGroupsAsync);
        api.MapGet("/qualifications", GetQualificationsAsync);
        api.MapGet("/qualification-types/{qualificationTypeId}", GetQualificationTypeAsync);
        api.MapPost("/qualification-types/{qualificationTypeId}/request", RequestQualificationAsync);
        api.MapPost("/hits/{hitId}/accept", AcceptHitAsync);
        api.MapPost("/hit-groups/{hitGroupId}/accept", AcceptFromGroupAsync);
        api.MapGet("/assignments/{assignmentId}", GetAssignmentAsync);
        api.MapPost("/assignments/{assignmentId}/return", ReturnAsync);
        api.MapPost("/assignments/{assignmentId}/submit", SubmitAsync);
        return endpoints;
    }

    private static async Task<WorkerProfile> GetProfileAsync(HttpContext context, WorkerActivity activity, KempelenDb db, CancellationToken cancellationToken)
    {
        var worker = WorkerTokenAuthentication.WorkerOf(context.User);
        return await ProfileAsync(activity, await db.Workers.AsNoTracking().SingleAsync(w => w.Id == worker, cancellationToken), cancellationToken);
    }

    private static async Task<WorkerProfile> ChangeProfileAsync(ProfileChange change, HttpContext context, UpdateWorkerProfile update, WorkerActivity activity, CancellationToken cancellationToken)
    {
        var worker = await update.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(context.User), change.Country, change.Subdivision, change.Adult, cancellationToken);
        return await ProfileAsync(activity, worker, cancellationToken);
    }

    private static async Task<WorkerProfile> ProfileAsync(WorkerActivity activity, Worker worker, CancellationToken cancellationToken)
    {
        var summary = await activity.SummaryAsync(worker.Id, cancellationToken);
        return new WorkerProfile(
            worker.Id.Value,
            summary.Balance.ToString(),
            summary.Accepted,
            summary.Submitted,
            summary.Approved,
            summary.Rejected,
            worker.Country,
            worker.Subdivision,
            worker.IsAdult,
            worker.LocaleVerified);
    }

    private static async Task<MyQualificationList> GetQualificationsAsync(HttpContext context, WorkerQualifications qualifications, CancellationToken cancellationToken) =>
        MyQualificationList.From(await qualifications.MineAsync(WorkerTokenAuthentication.WorkerOf(context.User), cancellationToken));

    private static async Task<WorkerQualificationType> GetQualificationTypeAsync(string qualificationTypeId, HttpContext context, WorkerQualifications qualifications, CancellationToken cancellationToken) =>
        WorkerQualificationType.From(
            await qualifications.OfTypeAsync(WorkerTokenAuthentication.WorkerOf(context.User), qualificationTypeId, cancellationToken)
            ?? throw new DomainException(ErrorCode.QualificationTypeDoesNotExist, $"QualificationType {qualificationTypeId} does not exist."));

    /// <summary>
    /// Without answers: asks for the qualification, or starts its test, or returns the test already open. With
    /// answers (shaped as for submitting an assignment): hands the test in, starting it first if it was not open.
    /// </summary>
    private static async Task<IResult> RequestQualificationAsync(
        string qualificationTypeId,
        SubmitRequest? request,
        HttpContext context,
        RequestQualification requestQualification,
        CancellationToken cancellationToken)
    {
        var answers = request?.Answers is null ? null : QuestionFormSubmission.ByName(request.AnswerFields());
        var ask = await requestQualification.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(context.User), qualificationTypeId, answers, cancellationToken);
        if (ask.Outcome == QualificationAskOutcome.AnswersRefused)
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = nameof(ErrorCode.InvalidParameterValue),
                Detail = "The answers do not meet the test's constraints; nothing was recorded. "
                    + string.Join(" ", ask.Errors.Select(e => $"{e.QuestionIdentifier}: {e.Message}")),
            };
            problem.Extensions["errors"] = ask.Errors.Select(e => new { e.QuestionIdentifier, e.Message }).ToList();
            return Results.Problem(problem);
        }

        return Results.Ok(QualificationRequestOutcome.From(ask));
    }

    private static async Task<HitGroupList> FindHitGroupsAsync(
        HitGroupSearch search,
        HttpContext context,
        CancellationToken cancellationToken,
        string? keywords = null,
        string? minReward = null,
        HitGroupSort sort = HitGroupSort.Newest,
        int page = 1)
    {
        Money? minimum = minReward is null ? null : Money.Parse(minReward, "minReward");
        var found = await search.FindAsync(new HitGroupQuery(keywords, minimum, sort, page), WorkerTokenAuthentication.WorkerOf(context.User), cancellationToken);
        return HitGroupList.From(found);
    }

    private static async Task<WorkerAssignment> AcceptHitAsync(string hitId, HttpContext context, AcceptAssignment accept, KempelenDb db, HitTypeCache types, CancellationToken cancellationToken)
    {
        var assignment = await accept.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(context.User), HitId.From(hitId), cancellationToken);
        return await DescribeAsync(db, types, assignment, withQuestion: true, cancellationToken);
    }

    private static async Task<WorkerAssignment> AcceptFromGroupAsync(string hitGroupId, HttpContext context, AcceptNextInGroup acceptNext, KempelenDb db, HitTypeCache types, CancellationToken cancellationToken)
    {
        var assignment = await acceptNext.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(context.User), HitGroupId.From(hitGroupId), cancellationToken);
        return await DescribeAsync(db, types, assignment, withQuestion: true, cancellationToken);
    }

    private static async Task<WorkerAssignment> GetAssignmentAsync(string assignmentId, HttpContext context, KempelenDb db, HitTypeCache types, CancellationToken cancellationToken)
    {
        var assignment = await db.FindWorkersAssignmentAsync(WorkerTokenAuthentication.WorkerOf(context.User), assignmentId, cancellationToken);
        return await DescribeAsync(db, types, assignment, withQuestion: true, cancellationToken);
    }

    private static async Task<IResult> ReturnAsync(string assignmentId, HttpContext context, ReturnAssignment returnAssignment, CancellationToken cancellationToken)
    {
        await returnAssignment.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(context.User), assignmentId, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<WorkerAssignment> SubmitAsync(
        string assignmentId,
        SubmitRequest request,
        HttpContext context,
        SubmitAssignment submit,
        KempelenDb db,
        HitTypeCache types,
        CancellationToken cancellationToken)
    {
        var answers = AnswerDocument.FromFormPost(request.AnswerFields());
        var assignment = await submit.ExecuteAsync(WorkerTokenAuthentication.WorkerOf(context.User), assignmentId, answers, cancellationToken);
        return await DescribeAsync(db, types, assignment, withQuestion: false, cancellationToken);
    }

    private static async Task<WorkerAssignment> DescribeAsync(KempelenDb db, HitTypeCache types, Assignment assignment, bool withQuestion, CancellationToken cancellationToken)
    {
        var hit = await db.Hits.AsNoTracking().SingleAsync(h => h.Id == assignment.HitId, cancellationToken);
        var type = await types.OfAsync(db, hit, cancellationToken);
        return WorkerAssignment.From(assignment, hit, type, withQuestion);
    }

    private static async ValueTask<object?> AnswerRefusalsAsProblems(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException refusal)
        {
            var status = refusal.Code switch
            {
                ErrorCode.HitDoesNotExist or ErrorCode.AssignmentDoesNotExist or ErrorCode.HitTypeDoesNotExist
                    or ErrorCode.QualificationTypeDoesNotExist or ErrorCode.QualificationRequestDoesNotExist => StatusCodes.Status404NotFound,
                ErrorCode.DoesNotMeetRequirements or ErrorCode.PermissionDenied => StatusCodes.Status403Forbidden,
                ErrorCode.HitNotAvailable or ErrorCode.InvalidAssignmentState or ErrorCode.InvalidHitState
                    or ErrorCode.QualificationTypeDoesNotAllowRetake or ErrorCode.QualificationTypeRetryDelayNotElapsed
                    or ErrorCode.InvalidQualificationTypeState or ErrorCode.InvalidQualificationState => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(new ProblemDetails { Status = status, Title = refusal.Code.ToString(), Detail = refusal.Message });
        }
    }
}
