using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.WorkerApp;

namespace Kempelen.RequesterApp;

/// <summary>
/// The bonus form, as the review grid and the worker page send it: the amount as typed ("1.50" or "$1.50"), the
/// reason, and a token made fresh for each rendered form, so that the same form sent twice pays once (SendBonus's
/// UniqueRequestToken). The repeat is no error to the requester: the first one paid, and the notice says so.
/// </summary>
public sealed class BonusForm(SendBonus bonus)
{
    /// <summary>Pays the bonus and returns the notice to show; a refusal throws, for the page to show beside its form.</summary>
    public async Task<string> PayAsync(RequesterId requester, string workerId, string? assignmentId, string? amount, string? reason, string? token, CancellationToken cancellationToken)
    {
        var money = Money.Parse(amount?.Trim().TrimStart('$'), "BonusAmount");
        try
        {
            await bonus.ExecuteAsync(requester, workerId, assignmentId ?? "", money, reason?.Trim() ?? "", string.IsNullOrEmpty(token) ? null : token, cancellationToken);
        }
        catch (DomainException duplicate) when (duplicate.Code == ErrorCode.DuplicateRequest)
        {
            // A double click or a resent POST.
            return duplicate.Message;
        }

        return $"A bonus of {Display.Dollars(money)} was paid to worker {workerId} for assignment {assignmentId}.";
    }
}
