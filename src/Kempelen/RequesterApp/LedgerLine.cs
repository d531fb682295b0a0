using Kempelen.Finance;
using Kempelen.Hits;

namespace Kempelen.RequesterApp;

/// <summary>One ledger entry on one of the requester's two accounts, signed as that account saw it.</summary>
public sealed record LedgerLine(Guid Id, DateTime At, TransferKind Kind, bool Escrow, Money Amount, HitId? HitId, string? Memo)
{
    /// <summary>What happened, in the requester's words; the direction tells a hold from its return.</summary>
    public string Description => Kind switch
    {
        TransferKind.Deposit => "Deposit",
        TransferKind.EscrowHold => Escrow ? "Held in escrow for a HIT" : "Moved to escrow for a HIT",
        TransferKind.EscrowRelease => Escrow ? "Released from escrow" : "Refund from escrow",
        TransferKind.Payout => "Paid to a worker",
        TransferKind.Fee => "Commission",
        TransferKind.Bonus => "Bonus to a worker",
    };

    public string AccountName => Escrow ? "Escrow" : "Available";
}
