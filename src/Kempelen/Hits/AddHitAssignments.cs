using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Idempotency;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits;

/// <summary>CreateAdditionalAssignmentsForHIT: more slots, with escrow for them, idempotent by UniqueRequestToken.</summary>
public sealed class AddHitAssignments(KempelenDb db, Escrow escrow, FeePolicy fees, RequestTokens tokens, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string hitId, int count, string? uniqueRequestToken, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        try
        {
            await ConflictRetry.RunAsync(db, async () =>
            {
                await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
                if (uniqueRequestToken is not null
                    && await tokens.FindRememberedAsync(requester, RequestTokenScope.HitExtension, uniqueRequestToken, now, cancellationToken) is { } extended)
                {
                    throw AlreadyExtended(uniqueRequestToken, extended);
                }

                var hit = await db.FindHitAsync(requester, hitId, cancellationToken);
                hit.AddAssignments(count, fees.LargeHitAssignments, now);
                await escrow.SettleAsync(hit, now, cancellationToken);
                if (uniqueRequestToken is not null)
                {
                    tokens.Remember(requester, RequestTokenScope.HitExtension, uniqueRequestToken, hit.Id.Value, now);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException exception) when (uniqueRequestToken is not null && DatabaseErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            var winner = await tokens.FindRememberedAsync(requester, RequestTokenScope.HitExtension, uniqueRequestToken, now, cancellationToken);
            throw winner is null ? exception : AlreadyExtended(uniqueRequestToken, winner);
        }
    }

    private static DomainException AlreadyExtended(string token, string hitId) => new(
        ErrorCode.DuplicateRequest,
        $"The request ID \"{token}\" was already used to add assignments to HIT {hitId}; nothing more was added.");
}
