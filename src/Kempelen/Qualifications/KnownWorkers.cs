using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>Grants and blocks name a worker by ID; the worker must exist (mturk-compat §16 leaves the error to us).</summary>
public static class KnownWorkers
{
    public static async Task<WorkerId> RequireWorkerAsync(this KempelenDb db, string workerId, CancellationToken cancellationToken)
    {
        var id = WorkerId.From(workerId);
        return await db.Workers.AnyAsync(w => w.Id == id, cancellationToken) ? id : throw WorkerIdIsInvalid($"No worker has the ID {workerId}.");
    }

    /// <summary>Clients match MTurk's "WorkerId is invalid." (mturk-compat §3.4, §15); the second sentence says why.</summary>
    public static DomainException WorkerIdIsInvalid(string why) => new(ErrorCode.InvalidParameterValue, $"WorkerId is invalid. {why}");
}
