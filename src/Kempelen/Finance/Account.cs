using Kempelen.Accounts;

namespace Kempelen.Finance;

/// <summary>
/// A ledger account. <see cref="Balance"/> is a running total kept in the same transaction as the ledger rows
/// so that a debit can be a single conditional UPDATE; it always equals the sum of the account's entries.
/// </summary>
public sealed class Account
{
    public const string DepositsId = "deposits";
    public const string PlatformFeesId = "platform:fees";

    private Account(string id, AccountKind kind, bool allowsNegative)
    {
        Id = id;
        Kind = kind;
        AllowsNegative = allowsNegative;
    }

    public string Id { get; private set; }

    public AccountKind Kind { get; private set; }

    /// <summary>Mapped as a plain integer so that debits and credits are arithmetic in SQL.</summary>
    public long BalanceCents { get; private set; }

    public Money Balance => new(BalanceCents);

    /// <summary>Only the deposits account goes below zero: it is the mirror image of all money held.</summary>
    public bool AllowsNegative { get; private set; }

    public static string AvailableOf(RequesterId requester) => $"requester:{requester.Value}:available";

    public static string EscrowOf(RequesterId requester) => $"requester:{requester.Value}:escrow";

    public static string EarningsOf(WorkerId worker) => $"worker:{worker.Value}:earnings";

    public static Account ForWorker(WorkerId worker) => new(EarningsOf(worker), AccountKind.WorkerEarnings, allowsNegative: false);

    public static Account ForRequester(RequesterId requester, AccountKind kind) => kind switch
    {
        AccountKind.RequesterAvailable => new Account(AvailableOf(requester), kind, allowsNegative: false),
        AccountKind.RequesterEscrow => new Account(EscrowOf(requester), kind, allowsNegative: false),
        AccountKind.Deposits or AccountKind.PlatformFees or AccountKind.WorkerEarnings =>
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a requester account."),
    };
}
