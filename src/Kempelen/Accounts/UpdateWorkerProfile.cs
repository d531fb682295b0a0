using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Accounts;

/// <summary>
/// A worker changes their own profile: locale (Worker_Locale) and the adult declaration (Worker_Adult). Requirements
/// read the new values at once, because a worker's standing is computed when asked.
/// </summary>
public sealed class UpdateWorkerProfile(KempelenDb db)
{
    public async Task<Worker> ExecuteAsync(WorkerId workerId, string? country, string? subdivision, bool? adult, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.SingleAsync(w => w.Id == workerId, cancellationToken);
        worker.UpdateProfile(country, subdivision, adult);
        await db.SaveChangesAsync(cancellationToken);
        return worker;
    }
}
