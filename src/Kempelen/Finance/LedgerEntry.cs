using Kempelen.Hits;

namespace Kempelen.Finance;

/// <summary>
/// One side of a transfer. Rows are only ever inserted, by <see cref="Ledger"/>; the two rows of a transfer
/// share a <see cref="TransferId"/> and their amounts sum to zero.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry()
    {
        AccountId = string.Empty;
    }

    internal LedgerEntry(Guid transferId, string accountId, Money amount, TransferKind kind, DateTime at, HitId? hitId, string? memo)
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(at));
        TransferId = transferId;
        AccountId = accountId;
        Amount = amount;
        Kind = kind;
        At = at;
        HitId = hitId;
        Memo = memo;
    }

    /// <summary>Time-ordered (UUID v7), generated here so that inserting a row needs no round trip for its key.</summary>
    public Guid Id { get; private set; }

    public Guid TransferId { get; private set; }

    public string AccountId { get; private set; }

    /// <summary>Positive: the account received money. Negative: the account paid.</summary>
    public Money Amount { get; private set; }

    public TransferKind Kind { get; private set; }

    public DateTime At { get; private set; }

    public HitId? HitId { get; private set; }

    public string? Memo { get; private set; }
}
