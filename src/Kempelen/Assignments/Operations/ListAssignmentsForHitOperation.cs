using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Assignments.Operations;

public sealed record ListAssignmentsForHITRequest
{
    public string HITId { get; init; } = string.Empty;

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }

    public List<string>? AssignmentStatuses { get; init; }
}

public sealed record ListAssignmentsForHITResponse(string? NextToken, int NumResults, List<Protocol.Shapes.Assignment> Assignments);

/// <summary>Submitted work of one of the caller's HITs, in submission order (mturk-compat §8), at any HIT status.</summary>
public sealed class ListAssignmentsForHitOperation(KempelenDb db, PageTokens pageTokens)
    : IMTurkOperation<ListAssignmentsForHITRequest, ListAssignmentsForHITResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListAssignmentsForHITResponse> ExecuteAsync(ListAssignmentsForHITRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var hitId = HitId.From(request.HITId);
        if (!await db.Hits.AnyAsync(h => h.Id == hitId && h.RequesterId == caller, cancellationToken))
        {
            throw RequesterHits.HitDoesNotExist(request.HITId);
        }

        var statuses = (request.AssignmentStatuses is { Count: > 0 } given ? given : ["Submitted", "Approved", "Rejected"])
            .Select(Enum.Parse<AssignmentStatus>)
            .Distinct()
            .ToList();
        var scope = PageTokens.Scope("ListAssignmentsForHIT", caller, request.HITId, string.Join(",", statuses.Order()));
        var query = db.Assignments.AsNoTracking().Where(a => a.HitId == hitId && statuses.Contains(a.Status));
        if (request.NextToken is { } token)
        {
            var (submitted, lastId) = pageTokens.Read(token, scope);
            var after = AssignmentId.From(lastId);
            query = query.Where(a => a.SubmitTime > submitted || (a.SubmitTime == submitted && a.Id.CompareTo(after) > 0));
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(a => a.SubmitTime).ThenBy(a => a.Id).Take(pageSize).ToListAsync(cancellationToken);
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].SubmitTime!.Value, page[^1].Id.Value) : null;
        return new ListAssignmentsForHITResponse(next, page.Count, page.Select(Protocol.Shapes.Assignment.From).ToList());
    }
}
