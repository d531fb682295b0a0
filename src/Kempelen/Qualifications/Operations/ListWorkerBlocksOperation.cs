using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Wire = Kempelen.Protocol.Shapes;

namespace Kempelen.Qualifications.Operations;

public sealed record ListWorkerBlocksRequest
{
    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}

public sealed record ListWorkerBlocksResponse(string? NextToken, int NumResults, List<Wire.WorkerBlock> WorkerBlocks);

/// <summary>Every worker the caller has blocked (mturk-compat §8), in WorkerId order, the table's key.</summary>
public sealed class ListWorkerBlocksOperation(KempelenDb db, PageTokens pageTokens) : IMTurkOperation<ListWorkerBlocksRequest, ListWorkerBlocksResponse>
{
    public const int DefaultMaxResults = 10;

    public async Task<ListWorkerBlocksResponse> ExecuteAsync(ListWorkerBlocksRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var scope = PageTokens.Scope("ListWorkerBlocks", caller);
        var query = db.WorkerBlocks.AsNoTracking().Where(b => b.RequesterId == caller);
        if (request.NextToken is { } token)
        {
            var after = WorkerId.From(pageTokens.Read(token, scope).Id);
            query = query.Where(b => b.WorkerId.CompareTo(after) > 0);
        }

        var pageSize = request.MaxResults ?? DefaultMaxResults;
        var page = await query.OrderBy(b => b.WorkerId).Take(pageSize).ToListAsync(cancellationToken);
        var next = page.Count == pageSize ? pageTokens.Issue(scope, page[^1].WorkerId.Value) : null;
        return new ListWorkerBlocksResponse(next, page.Count, page.Select(Wire.WorkerBlock.From).ToList());
    }
}
