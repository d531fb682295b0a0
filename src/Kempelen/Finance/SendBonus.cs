using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Idempotency;
using Kempelen.Storage;
using Microsoft.Extensions.Options;

namespace Kempelen.Finance;

/// <summary>
/// SendBonus (mturk-compat §9.4): pays a worker extra for submitted work, with the commission on top, from the
/// requester's available balance at once. A UniqueRequestToken makes a retry harmless (§7).
/// </summary>
public sealed class SendBonus(KempelenDb db, Ledger ledger, FeePolicy fees, RequestTokens tokens, IOptions<BonusOptions> options, TimeProvider time)
{
    public async Task ExecuteAsync(RequesterId requester, string workerId, string assignmentId, Money amount, string reason, string? uniqueRequestToken, CancellationToken cancellationToken)
    {
        var maximum = new Money(options.Value.MaximumCents);
        if (amount < new Money(1) || amount > maximum)
        {
            throw DomainException.InvalidParameter("BonusAmount", $"BonusAmount must be between 0.01 and {maximum}; got '{amount}'.");
        }

        ParameterRules.RequireText("Reason", reason, Bonus.MaxReasonLength);
        var now = time.UtcNowToTheMillisecond();
        await ConflictRetry.RunAsync(db, () => tokens.RunOnceAsync(
            requester,
            RequestTokenScope.Bonus,
            uniqueRequestToken,
            now,
            paid => throw AlreadyPaid(uniqueRequestToken!, paid),
            async () =>
            {
                var assignment = await db.FindRequestersAssignmentAsync(requester, assignmentId, cancellationToken);

                // Work not yet submitted cannot earn a bonus; MTurk says it does not exist (mturk-compat §9.4).
                if (assignment.Status == AssignmentStatus.Accepted)
                {
                    throw WorkerAssignments.DoesNotExist(assignmentId);
                }

                if (assignment.WorkerId.Value != workerId)
                {
                    throw DomainException.InvalidParameter("WorkerId", $"Assignment {assignmentId} was done by another worker than {workerId}.");
                }

                var fee = fees.FeeForBonus(amount);
                var bonus = Bonus.Grant(assignment, amount, fee, reason, now);
                db.Bonuses.Add(bonus);
                var memo = $"Bonus for assignment {assignment.Id}";
                await ledger.PostAsync(new Transfer(TransferKind.Bonus, Account.AvailableOf(requester), Account.EarningsOf(assignment.WorkerId), amount, assignment.HitId, memo), cancellationToken);
                if (fee > Money.Zero)
                {
                    await ledger.PostAsync(new Transfer(TransferKind.Fee, Account.AvailableOf(requester), Account.PlatformFeesId, fee, assignment.HitId, memo), cancellationToken);
                }

                return (bonus, assignment.Id.Value);
            },
            cancellationToken));
    }

    private static DomainException AlreadyPaid(string token, string assignmentId) => new(
        ErrorCode.DuplicateRequest,
        $"The request ID \"{token}\" was already used to pay a bonus for assignment {assignmentId}; nothing more was paid.");
}
