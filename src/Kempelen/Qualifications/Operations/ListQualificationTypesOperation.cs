using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record ListQualificationTypesRequest
{
    public string? Query { get; init; }

    public bool MustBeRequestable { get; init; }

    public bool? MustBeOwnedByCaller { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListQualificationTypesResponse(int NumResults, string? NextToken, List<Wire.QualificationType> QualificationTypes);

/// <summary>
/// Searches qualification types (mturk-compat §8): the caller's own (active or inactive) and other requesters'
/// active ones, or only the caller's; the system types too when neither requestable nor owned types are asked
/// for (§4.3). Types being deleted are not listed. Query matches name, description or keywords, ignoring case.
/// Oldest first, paged by (creation time, ID); the system types, "created" at MTurk's launch, come first.
/// </summary>
public sealed class ListQualificationTypesOperation(KempelenDb db, PageTokens pageTokens) : IMTurkOperation<ListQualificationTypesRequest, ListQualificationTypesResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListQualificationTypesResponse> ExecuteAsync(ListQualificationTypesRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var ownedOnly = request.MustBeOwnedByCaller == true;
        ParameterRules.RequireAtMost("Query", request.Query, QualificationType.MaxDescriptionLength);
        var text = string.IsNullOrWhiteSpace(request.Query) ? null : request.Query.Trim().ToUpperInvariant();
        var scope = PageTokens.Scope("ListQualificationTypes", caller, text, request.MustBeRequestable.ToString(), ownedOnly.ToString());
        var after = request.NextToken is { } token ? pageTokens.Read(token, scope) : ((DateTime Position, string Id)?)null;
        var pageSize = request.MaxResults ?? DefaultMaxResults;

        var query = db.QualificationTypes.AsNoTracking().Where(t => t.Status != QualificationTypeStatus.Disposing);
        query = ownedOnly
            ? query.Where(t => t.OwnerId == caller)
            : query.Where(t => t.OwnerId == caller || t.Status == QualificationTypeStatus.Active);
        if (text is not null)
        {
            // upper() folds ASCII on SQLite; the stored NormalizedName is folded fully.
#pragma warning disable CA1862 // EF translates ToUpper().Contains to SQL; the StringComparison overloads have no translation.
            query = query.Where(t => t.NormalizedName.Contains(text) || t.Description.ToUpper().Contains(text) || (t.Keywords != null && t.Keywords.ToUpper().Contains(text)));
#pragma warning restore CA1862
        }

        if (after is { } position)
        {
            var (createdAt, afterId) = (position.Position, QualificationTypeId.From(position.Id));
            query = query.Where(t => t.CreatedAt > createdAt || (t.CreatedAt == createdAt && t.Id.CompareTo(afterId) > 0));
        }

        var rows = await query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(pageSize).ToListAsync(cancellationToken);
        var system = request.MustBeRequestable || ownedOnly
            ? []
            : SystemQualificationTypes.All
                .Where(s => text is null || s.Name.ToUpperInvariant().Contains(text, StringComparison.Ordinal) || s.Description.ToUpperInvariant().Contains(text, StringComparison.Ordinal))
                .Where(s => after is not { } position
                    || SystemQualificationTypes.CreationTime > position.Position
                    || (SystemQualificationTypes.CreationTime == position.Position && string.CompareOrdinal(s.Id, position.Id) > 0))
                .Select(Wire.QualificationType.From);
        var page = system
            .Concat(rows.Select(t => Wire.QualificationType.From(t, caller)))
            .OrderBy(t => t.CreationTime)
            .ThenBy(t => t.QualificationTypeId, StringComparer.Ordinal)
            .Take(pageSize)
            .ToList();

        // A full page may have more behind it; the next call then answers an empty page without a token.
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].CreationTime!.Value, page[^1].QualificationTypeId!) : null;
        return new ListQualificationTypesResponse(page.Count, next, page);
    }
}
