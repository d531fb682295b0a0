using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Finance.Operations;

public sealed record ListBonusPaymentsRequest
{
    public string? HITId { get; init; }

    public string? AssignmentId { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListBonusPaymentsResponse(int NumResults, string? NextToken, List<BonusPayment> BonusPayments);

/// <summary>The caller's bonuses for one HIT or one assignment — exactly one of the two (mturk-compat §8).</summary>
public sealed class ListBonusPaymentsOperation(KempelenDb db, PageTokens pageTokens) : IMTurkOperation<ListBonusPaymentsRequest, ListBonusPaymentsResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListBonusPaymentsResponse> ExecuteAsync(ListBonusPaymentsRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var query = db.Bonuses.AsNoTracking().Where(b => b.RequesterId == caller);
        switch (request.HITId, request.AssignmentId)
        {
            case ({ } hitId, null):
                var hit = HitId.From(hitId);
                if (!await db.Hits.AnyAsync(h => h.Id == hit && h.RequesterId == caller, cancellationToken))
                {
                    throw RequesterHits.HitDoesNotExist(hitId);
                }

                query = query.Where(b => b.HitId == hit);
                break;
            case (null, { } assignmentId):
                await db.FindRequestersAssignmentAsync(caller, assignmentId, cancellationToken);
                var assignment = AssignmentId.From(assignmentId);
                query = query.Where(b => b.AssignmentId == assignment);
                break;
            default:
                throw new DomainException(ErrorCode.InvalidParameterValue, "Give exactly one of HITId and AssignmentId.");
        }

        var scope = PageTokens.Scope("ListBonusPayments", caller, request.HITId, request.AssignmentId);
        if (request.NextToken is { } token)
        {
            var (granted, lastId) = pageTokens.Read(token, scope);
            var after = Guid.Parse(lastId, System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(b => b.GrantTime > granted || (b.GrantTime == granted && b.Id.CompareTo(after) > 0));
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(b => b.GrantTime).ThenBy(b => b.Id).Take(pageSize).ToListAsync(cancellationToken);
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].GrantTime, page[^1].Id.ToString()) : null;
        return new ListBonusPaymentsResponse(page.Count, next, page.Select(BonusPayment.From).ToList());
    }
}
