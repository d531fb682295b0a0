using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record ListHITsForQualificationTypeRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListHITsForQualificationTypeResponse(string? NextToken, int NumResults, List<Wire.HIT> HITs);

/// <summary>
/// The caller's HITs, except disposed ones, whose type requires the qualification type (mturk-compat §8). Any
/// type may be asked about, a system type or another requester's too, since any may be required; the HITs listed
/// are always the caller's own. Oldest first, paged by (creation time, Wire.HIT ID), each Wire.HIT as ListHITs shows it.
/// </summary>
public sealed class ListHitsForQualificationTypeOperation(KempelenDb db, HitTypeCache types, PageTokens pageTokens, TimeProvider time)
    : IMTurkOperation<ListHITsForQualificationTypeRequest, ListHITsForQualificationTypeResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListHITsForQualificationTypeResponse> ExecuteAsync(ListHITsForQualificationTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        if (!SystemQualificationTypes.IsSystemType(request.QualificationTypeId))
        {
            await db.FindQualificationTypeAsync(request.QualificationTypeId, cancellationToken);
        }

        var scope = PageTokens.Scope("ListHITsForQualificationType", caller, request.QualificationTypeId);
        var requiring = await QualificationTypeUsage.HitTypesRequiringAsync(db, caller, request.QualificationTypeId, cancellationToken);
        var query = db.Hits.AsNoTracking().Where(h => h.RequesterId == caller && h.DisposedAt == null && requiring.Contains(h.HitTypeId));
        if (request.NextToken is { } token)
        {
            var (createdAt, lastId) = pageTokens.Read(token, scope);
            var after = HitId.From(lastId);
            query = query.Where(h => h.CreatedAt > createdAt || (h.CreatedAt == createdAt && h.Id.CompareTo(after) > 0));
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id).Take(pageSize).ToListAsync(cancellationToken);
        var hits = await Wire.HIT.FromPageAsync(page, db, types, time.UtcNowToTheMillisecond(), cancellationToken);
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].CreatedAt, page[^1].Id.Value) : null;
        return new ListHITsForQualificationTypeResponse(next, page.Count, hits);
    }
}
