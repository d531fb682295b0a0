using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Finance.Operations;

public sealed record SendBonusRequest
{
    public string WorkerId { get; init; } = string.Empty;

    public string BonusAmount { get; init; } = string.Empty;

    public string AssignmentId { get; init; } = string.Empty;

    public string Reason { get; init; } = string.Empty;

    public string? UniqueRequestToken { get; init; }
}

public sealed record SendBonusResponse;

public sealed class SendBonusOperation(SendBonus sendBonus) : IMTurkOperation<SendBonusRequest, SendBonusResponse>
{
    public async Task<SendBonusResponse> ExecuteAsync(SendBonusRequest request, RequesterId caller, CancellationToken cancellationToken)
    {
        await sendBonus.ExecuteAsync(caller, request.WorkerId, request.AssignmentId, Money.Parse(request.BonusAmount, "BonusAmount"), request.Reason, request.UniqueRequestToken, cancellationToken);
        return new SendBonusResponse();
    }
}
