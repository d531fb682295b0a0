using Kempelen.Finance;

namespace Kempelen.Protocol.Shapes;

public sealed record BonusPayment
{
    public string? WorkerId { get; init; }

    public string? BonusAmount { get; init; }

    public string? AssignmentId { get; init; }

    public string? Reason { get; init; }

    public DateTime? GrantTime { get; init; }

    public static BonusPayment From(Bonus bonus) => new()
    {
        WorkerId = bonus.WorkerId.Value,
        BonusAmount = bonus.Amount.ToString(),
        AssignmentId = bonus.AssignmentId.Value,
        Reason = bonus.Reason,
        GrantTime = bonus.GrantTime,
    };
}
