using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Storage;
using Kempelen.TaskContent;
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
        api.MapGet("/hit-groups", FindHitGroupsAsync);
        api.MapPost("/hits/{hitId}/accept", AcceptHitAsync);
        api.MapPost("/hit-groups/{hitGroupId}/accept", AcceptFromGroupAsync);
        api.MapGet("/assignments/{assignmentId}", GetAssignmentAsync);
        api.MapPost("/assignments/{assignmentId}/return", ReturnAsync);
        api.MapPost("/assignments/{assignmentId}/submit", SubmitAsync);
        return endpoints;
    }

    private static async Task<WorkerProfile> GetProfileAsync(HttpContext context, WorkerActivity activity, CancellationToken cancellationToken)
    {
        var worker = WorkerTokenAuthentication.WorkerOf(context.User);
        var summary = await activity.SummaryAsync(worker, cancellationToken);
        return new WorkerProfile(worker.Value, summary.Balance.ToString(), summary.Accepted, summary.Submitted, summary.Approved, summary.Rejected);
    }

    private static async Task<HitGroupList> FindHitGroupsAsync(
        HitGroupSearch search,
        CancellationToken cancellationToken,
        string? keywords = null,
        string? minReward = null,
        HitGroupSort sort = HitGroupSort.Newest,
        int page = 1)
    {
        Money? minimum = minReward is null ? null : Money.Parse(minReward, "minReward");
        var found = await search.FindAsync(new HitGroupQuery(keywords, minimum, sort, page), cancellationToken);
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
                ErrorCode.DoesNotMeetRequirements => StatusCodes.Status403Forbidden,
                ErrorCode.HitNotAvailable or ErrorCode.InvalidAssignmentState or ErrorCode.InvalidHitState
                    or ErrorCode.QualificationTypeDoesNotAllowRetake or ErrorCode.QualificationTypeRetryDelayNotElapsed
                    or ErrorCode.InvalidQualificationTypeState => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Problem(new ProblemDetails { Status = status, Title = refusal.Code.ToString(), Detail = refusal.Message });
        }
    }
}
