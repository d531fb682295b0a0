using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// DeleteWorkerBlock: the worker may see and accept the requester's HITs again. Unblocking a worker who is not
/// blocked (or does not exist) is refused with MTurk's observed "WorkerId is invalid." (mturk-compat §3.4) rather
/// than answered with success: clients that unblock in loops match that text, so they expect the refusal. The
/// optional reason is not kept; MTurk shows it to nobody.
/// </summary>
public sealed class UnblockWorker(KempelenDb db)
{
    public async Task ExecuteAsync(RequesterId requester, string workerId, CancellationToken cancellationToken)
    {
        var worker = WorkerId.From(workerId);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var removed = await db.WorkerBlocks.Where(b => b.RequesterId == requester && b.WorkerId == worker).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw KnownWorkers.WorkerIdIsInvalid($"You have not blocked worker {workerId}.");
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
