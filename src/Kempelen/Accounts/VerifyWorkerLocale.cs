using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Accounts;

/// <summary>An operator sets a worker's locale after checking it; the worker can no longer change it (admin set-worker-locale).</summary>
public sealed class VerifyWorkerLocale(KempelenDb db)
{
    public async Task<Worker> ExecuteAsync(WorkerId workerId, string country, string? subdivision, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken)
            ?? throw DomainException.InvalidParameter("worker", $"There is no worker {workerId}.");
        worker.VerifyLocale(country, subdivision);
        await db.SaveChangesAsync(cancellationToken);
        return worker;
    }
}
