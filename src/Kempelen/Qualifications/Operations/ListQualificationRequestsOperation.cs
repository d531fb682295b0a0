using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record ListQualificationRequestsRequest
{
    public string? QualificationTypeId { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListQualificationRequestsResponse(int NumResults, string? NextToken, List<Wire.QualificationRequest> QualificationRequests);

/// <summary>
/// Requests waiting for the caller's decision (mturk-compat §8, §9.6), of all their types or of one, oldest
/// submission first, paged by (submit time, request ID).
/// </summary>
public sealed class ListQualificationRequestsOperation(KempelenDb db, PageTokens pageTokens)
    : IMTurkOperation<ListQualificationRequestsRequest, ListQualificationRequestsResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListQualificationRequestsResponse> ExecuteAsync(ListQualificationRequestsRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var query = db.QualificationRequests.AsNoTracking().Where(r => r.Status == QualificationRequestStatus.Pending);
        if (request.QualificationTypeId is { } typeId)
        {
            var type = await db.FindOwnedQualificationTypeAsync(caller, typeId, cancellationToken);
            query = query.Where(r => r.QualificationTypeId == type.Id);
        }
        else
        {
            query = query.Where(r => db.QualificationTypes.Any(t => t.Id == r.QualificationTypeId && t.OwnerId == caller));
        }

        var scope = PageTokens.Scope("ListQualificationRequests", caller, request.QualificationTypeId);
        if (request.NextToken is { } token)
        {
            var (submitted, lastId) = pageTokens.Read(token, scope);
            var after = QualificationRequestId.From(lastId);
            query = query.Where(r => r.SubmitTime > submitted || (r.SubmitTime == submitted && r.Id.CompareTo(after) > 0));
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(r => r.SubmitTime).ThenBy(r => r.Id).Take(pageSize).ToListAsync(cancellationToken);
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].SubmitTime!.Value, page[^1].Id.Value) : null;
        return new ListQualificationRequestsResponse(page.Count, next, page.Select(Wire.QualificationRequest.From).ToList());
    }
}
