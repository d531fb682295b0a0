using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits.Operations;

public sealed record ListReviewableHITsRequest
{
    public string? HITTypeId { get; init; }

    public string? Status { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListReviewableHITsResponse(string? NextToken, int NumResults, List<HIT> HITs);

/// <summary>The caller's Reviewable (default) or Reviewing HITs, soonest expiration first (mturk-compat §8).</summary>
public sealed class ListReviewableHitsOperation(KempelenDb db, HitTypeCache types, PageTokens pageTokens, TimeProvider time)
    : IMTurkOperation<ListReviewableHITsRequest, ListReviewableHITsResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListReviewableHITsResponse> ExecuteAsync(ListReviewableHITsRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var reviewing = request.Status == nameof(HitStatus.Reviewing);
        var scope = PageTokens.Scope("ListReviewableHITs", caller, request.HITTypeId, reviewing ? "Reviewing" : "Reviewable");
        var query = db.Hits.AsNoTracking().Where(h => h.RequesterId == caller).Where(reviewing ? Hit.Reviewing() : Hit.ReviewableAt(now));
        if (request.HITTypeId is { } hitTypeId)
        {
            var typeId = HitTypeId.From(hitTypeId);
            query = query.Where(h => h.HitTypeId == typeId);
        }

        if (request.NextToken is { } token)
        {
            var (expiration, lastId) = pageTokens.Read(token, scope);
            var after = HitId.From(lastId);
            query = query.Where(h => h.Expiration > expiration || (h.Expiration == expiration && h.Id.CompareTo(after) > 0));
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(h => h.Expiration).ThenBy(h => h.Id).Take(pageSize).ToListAsync(cancellationToken);
        var hits = await HIT.FromPageAsync(page, db, types, now, cancellationToken);

        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].Expiration, page[^1].Id.Value) : null;
        return new ListReviewableHITsResponse(next, page.Count, hits);
    }
}
