using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Protocol.Shapes;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits.Operations;

public sealed record ListHITsRequest
{
    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListHITsResponse(string? NextToken, int NumResults, List<HIT> HITs);

/// <summary>The caller's HITs except disposed ones, oldest first, paged by (creation time, HIT ID).</summary>
public sealed class ListHitsOperation(KempelenDb db, HitTypeCache types, PageTokens pageTokens, TimeProvider time) : IMTurkOperation<ListHITsRequest, ListHITsResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListHITsResponse> ExecuteAsync(ListHITsRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var scope = PageTokens.Scope("ListHITs", caller);
        var query = db.Hits.AsNoTracking().Where(h => h.RequesterId == caller && h.DisposedAt == null);
        if (request.NextToken is { } token)
        {
            var (createdAt, lastId) = pageTokens.Read(token, scope);
            var after = HitId.From(lastId);
            query = query.Where(h => h.CreatedAt > createdAt || (h.CreatedAt == createdAt && h.Id.CompareTo(after) > 0));
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id).Take(pageSize).ToListAsync(cancellationToken);
        var now = time.UtcNowToTheMillisecond();
        var hits = await HIT.FromPageAsync(page, db, types, now, cancellationToken);

        // A full page may have more behind it; the next call then answers an empty page without a token.
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].CreatedAt, page[^1].Id.Value) : null;
        return new ListHITsResponse(next, page.Count, hits);
    }
}
