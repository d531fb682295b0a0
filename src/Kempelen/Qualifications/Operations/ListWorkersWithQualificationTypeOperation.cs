using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record ListWorkersWithQualificationTypeRequest
{
    public string QualificationTypeId { get; init; } = string.Empty;

    public string? Status { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListWorkersWithQualificationTypeResponse(string? NextToken, int NumResults, List<Wire.Qualification> Qualifications);

/// <summary>
/// The workers holding one of the caller's types (mturk-compat §8): granted ones unless Status says Revoked (the
/// legacy default), in WorkerId order, which is the table's key and does not move when a value is regranted.
/// </summary>
public sealed class ListWorkersWithQualificationTypeOperation(KempelenDb db, PageTokens pageTokens)
    : IMTurkOperation<ListWorkersWithQualificationTypeRequest, ListWorkersWithQualificationTypeResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListWorkersWithQualificationTypeResponse> ExecuteAsync(ListWorkersWithQualificationTypeRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var type = await db.FindOwnedQualificationTypeAsync(caller, request.QualificationTypeId, cancellationToken);
        var status = request.Status is { } given ? Enum.Parse<QualificationStatus>(given) : QualificationStatus.Granted;
        var scope = PageTokens.Scope("ListWorkersWithQualificationType", caller, request.QualificationTypeId, status.ToString());
        var query = db.Qualifications.AsNoTracking().Where(q => q.QualificationTypeId == type.Id && q.Status == status);
        if (request.NextToken is { } token)
        {
            var after = WorkerId.From(pageTokens.Read(token, scope).Id);
            query = query.Where(q => q.WorkerId.CompareTo(after) > 0);
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(q => q.WorkerId).Take(pageSize).ToListAsync(cancellationToken);
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].WorkerId.Value) : null;
        return new ListWorkersWithQualificationTypeResponse(next, page.Count, page.Select(Wire.Qualification.From).ToList());
    }
}
