using Kempelen.Accounts;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp;

/// <summary>
/// Read queries over one worker's qualifications: what they hold (computed system values and granted types), their
/// requests, the types they could ask for, and their standing in one type.
/// </summary>
public sealed class WorkerQualifications(KempelenDb db, WorkerStanding standings, TimeProvider time)
{
    public const int PageSize = 20;
    public const int MaxPage = 50;
    public const int ShownRequests = 50;

    public sealed record SystemValue(SystemQualificationType Type, HeldQualification? Value);

    public sealed record Held(QualificationTypeId TypeId, string Name, int IntegerValue, QualificationStatus Status, DateTime GrantTime, string? RevokeReason);

    public sealed record Asked(
        QualificationRequestId Id,
        QualificationTypeId TypeId,
        string Name,
        QualificationRequestStatus Status,
        DateTime CreatedAt,
        DateTime? TestDeadline,
        DateTime? SubmitTime,
        int? GrantedValue,
        string? Reason);

    public sealed record Mine(IReadOnlyList<SystemValue> System, IReadOnlyList<Held> Held, IReadOnlyList<Asked> Requests);

    public sealed record Requestable(QualificationTypeId Id, string Name, string Description, string RequesterName, bool HasTest, long? TestDurationInSeconds, bool AutoGranted, int? MyValue);

    public sealed record OpenTest(QualificationTypeId TypeId, string Name, string Test, DateTime Deadline);

    public sealed record RequestablePage(IReadOnlyList<Requestable> Types, int Page, bool HasNext);

    /// <summary>
    /// One type and the worker's standing in it. For a requester's type: its terms, the worker's grant (or
    /// revocation), their latest request, and why they may not ask now (null when they may, or when a request of
    /// theirs is still open). For a system type: its description and the worker's computed value.
    /// </summary>
    public sealed record TypeView(
        string Id,
        string Name,
        string Description,
        SystemQualificationType? System,
        QualificationType? Type,
        string? RequesterName,
        HeldQualification? Value,
        Held? Grant,
        Asked? LatestRequest,
        bool RequestOpen,
        string? RequestRefusal);

    public async Task<Mine> MineAsync(WorkerId worker, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var standing = await standings.OfAsync(worker, cancellationToken);
        var held = await (
                from q in db.Qualifications.AsNoTracking()
                where q.WorkerId == worker
                join t in db.QualificationTypes.AsNoTracking() on q.QualificationTypeId equals t.Id
                orderby t.Name
                select new Held(q.QualificationTypeId, t.Name, q.IntegerValue, q.Status, q.GrantTime, q.RevokeReason))
            .ToListAsync(cancellationToken);
        var requests = await Requests(worker)
            .Where(x => x.Request.Status == QualificationRequestStatus.Pending
                || x.Request.Status == QualificationRequestStatus.Rejected
                || (x.Request.Status == QualificationRequestStatus.Taking && x.Request.TestDeadline > now))
            .OrderByDescending(x => x.Request.CreatedAt).ThenByDescending(x => x.Request.Id)
            .Take(ShownRequests)
            .Select(x => new Asked(x.Request.Id, x.Request.QualificationTypeId, x.Name, x.Request.Status, x.Request.CreatedAt, x.Request.TestDeadline, x.Request.SubmitTime, x.Request.GrantedValue, x.Request.Reason))
            .ToListAsync(cancellationToken);
        var system = SystemQualificationTypes.ShownToWorkers.Select(s => new SystemValue(s, standing.Values.Find(s.Id))).ToList();
        return new Mine(system, held, requests);
    }

    /// <summary>Active requester types, newest first, whose name, description or keywords contain the words given.</summary>
    public async Task<RequestablePage> RequestableAsync(WorkerId worker, string? keywords, int page, CancellationToken cancellationToken)
    {
        var types = from t in db.QualificationTypes.AsNoTracking()
                    where t.Status == QualificationTypeStatus.Active
                    join r in db.Requesters.AsNoTracking() on t.OwnerId equals r.Id
                    select new { Type = t, RequesterName = r.Name };
        if (!string.IsNullOrWhiteSpace(keywords))
        {
            var pattern = LikePattern.Containing(keywords);
            types = types.Where(x =>
                EF.Functions.Like(x.Type.Name.ToLower(), pattern, LikePattern.Escape)
                || EF.Functions.Like(x.Type.Description.ToLower(), pattern, LikePattern.Escape)
                || (x.Type.Keywords != null && EF.Functions.Like(x.Type.Keywords.ToLower(), pattern, LikePattern.Escape)));
        }

        page = Math.Clamp(page, 1, MaxPage);
        var found = await types
            .OrderByDescending(x => x.Type.CreatedAt).ThenByDescending(x => x.Type.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(x => new Requestable(
                x.Type.Id,
                x.Type.Name,
                x.Type.Description,
                x.RequesterName,
                x.Type.Test != null,
                x.Type.TestDurationInSeconds,
                x.Type.AutoGranted,
                db.Qualifications
                    .Where(q => q.QualificationTypeId == x.Type.Id && q.WorkerId == worker && q.Status == QualificationStatus.Granted)
                    .Select(q => (int?)q.IntegerValue)
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new RequestablePage(found.Take(PageSize).ToList(), page, found.Count > PageSize && page < MaxPage);
    }

    /// <summary>Null when no type has this ID.</summary>
    public async Task<TypeView?> OfTypeAsync(WorkerId worker, string id, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        if (SystemQualificationTypes.Find(id) is { } system)
        {
            var standing = await standings.OfAsync(worker, cancellationToken);
            return new TypeView(id, system.Name, system.Description, system, null, null, standing.Values.Find(id), null, null, false, null);
        }

        var typeId = QualificationTypeId.From(id);
        var found = await (
                from t in db.QualificationTypes.AsNoTracking()
                where t.Id == typeId
                join r in db.Requesters.AsNoTracking() on t.OwnerId equals r.Id
                select new { Type = t, RequesterName = r.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var type = found.Type;
        var grant = await db.Qualifications.AsNoTracking()
            .Where(q => q.QualificationTypeId == typeId && q.WorkerId == worker)
            .Select(q => new Held(q.QualificationTypeId, type.Name, q.IntegerValue, q.Status, q.GrantTime, q.RevokeReason))
            .SingleOrDefaultAsync(cancellationToken);
        var latest = await db.QualificationRequests.AsNoTracking()
            .Where(r => r.WorkerId == worker && r.QualificationTypeId == typeId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var open = latest is not null && latest.IsOpenAt(now);
        var held = grant is { Status: QualificationStatus.Granted };
        return new TypeView(
            id,
            type.Name,
            type.Description,
            null,
            type,
            found.RequesterName,
            held ? new HeldQualification(grant!.IntegerValue, null) : null,
            grant,
            latest is null ? null : new Asked(latest.Id, typeId, type.Name, latest.Status, latest.CreatedAt, latest.TestDeadline, latest.SubmitTime, latest.GrantedValue, latest.Reason),
            open,
            open ? null : type.RequestRefusal(held, latest?.LastAskedAt, now)?.Message);
    }

    /// <summary>The test the worker is taking for this type now, as it was when they started it; null when none is open.</summary>
    public async Task<OpenTest?> OpenTestAsync(WorkerId worker, string id, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        var typeId = QualificationTypeId.From(id);
        return await Requests(worker)
            .Where(x => x.Request.QualificationTypeId == typeId && x.Request.Status == QualificationRequestStatus.Taking && x.Request.TestDeadline > now)
            .OrderByDescending(x => x.Request.CreatedAt)
            .Select(x => new OpenTest(x.Request.QualificationTypeId, x.Name, x.Request.Test!, x.Request.TestDeadline!.Value))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private IQueryable<RequestWithName> Requests(WorkerId worker) =>
        from r in db.QualificationRequests.AsNoTracking()
        where r.WorkerId == worker
        join t in db.QualificationTypes.AsNoTracking() on r.QualificationTypeId equals t.Id
        select new RequestWithName { Request = r, Name = t.Name };

    // Filters and sorting go before the projection to a record: EF cannot see through a constructor, only through member initialisers.
    private sealed class RequestWithName
    {
        public required QualificationRequest Request { get; init; }

        public required string Name { get; init; }
    }
}
