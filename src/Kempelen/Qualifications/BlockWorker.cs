using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>CreateWorkerBlock: the worker no longer sees or accepts the requester's HITs; blocking again replaces the reason.</summary>
public sealed class BlockWorker(KempelenDb db, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string workerId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await BlockAsync(requester, workerId, reason, cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // A parallel request blocked the same worker first; blocking again replaces that block's reason.
            db.ChangeTracker.Clear();
            await BlockAsync(requester, workerId, reason, cancellationToken);
        }
    }

    private async Task BlockAsync(RequesterId requester, string workerId, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var worker = await db.RequireWorkerAsync(workerId, cancellationToken);
        var block = await db.WorkerBlocks.SingleOrDefaultAsync(b => b.RequesterId == requester && b.WorkerId == worker, cancellationToken);
        if (block is null)
        {
            db.WorkerBlocks.Add(WorkerBlock.Create(requester, worker, reason, time.UtcNowToTheMillisecond()));
        }
        else
        {
            block.ChangeReason(reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
