namespace Kempelen.Finance;

public enum TransferKind
{
    Deposit,
    EscrowHold,
    EscrowRelease,
    Payout,
    Fee,
    Bonus,
}
