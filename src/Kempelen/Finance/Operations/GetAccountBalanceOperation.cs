using Kempelen.Accounts;
using Kempelen.Protocol;
using Kempelen.Storage;

namespace Kempelen.Finance.Operations;

public sealed record GetAccountBalanceRequest;

/// <summary>OnHoldBalance reports the escrow held for live HITs (mturk-compat §6.3 leaves its meaning to us).</summary>
public sealed record GetAccountBalanceResponse(string AvailableBalance, string OnHoldBalance);

public sealed class GetAccountBalanceOperation(KempelenDb db) : IMTurkOperation<GetAccountBalanceRequest, GetAccountBalanceResponse>
{
    public async Task<GetAccountBalanceResponse> ExecuteAsync(GetAccountBalanceRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        var balance = await RequesterBalance.ReadAsync(db, caller, cancellationToken);
        return new GetAccountBalanceResponse(balance.Available.ToString(), balance.OnHold.ToString());
    }
}
