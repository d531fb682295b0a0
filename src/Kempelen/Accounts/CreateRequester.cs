using Kempelen.Finance;
using Kempelen.Storage;

namespace Kempelen.Accounts;

/// <summary>Registers a requester with their ledger accounts, a first key pair and an optional opening balance.</summary>
public sealed class CreateRequester(KempelenDb db, Ledger ledger, MasterKey masterKey, TimeProvider time)
{
    public sealed record Created(RequesterId RequesterId, string AccessKeyId, string SecretAccessKey);

    public async Task<Created> ExecuteAsync(string name, Money openingBalance, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var requester = await OpenAsync(name, openingBalance, now, cancellationToken);
        var (key, secret) = AccessKey.Issue(requester.Id, masterKey, now);
        db.AccessKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Created(requester.Id, key.Id, secret);
    }

    /// <summary>The requester and its two ledger accounts, funded if asked; the caller owns the transaction.</summary>
    public async Task<Requester> OpenAsync(string name, Money openingBalance, DateTime now, CancellationToken cancellationToken)
    {
        var requester = Requester.Register(name, now);
        db.Requesters.Add(requester);
        db.Accounts.Add(Account.ForRequester(requester.Id, AccountKind.RequesterAvailable));
        db.Accounts.Add(Account.ForRequester(requester.Id, AccountKind.RequesterEscrow));
        await db.SaveChangesAsync(cancellationToken);
        if (openingBalance > Money.Zero)
        {
            await ledger.PostAsync(
                new Transfer(TransferKind.Deposit, Account.DepositsId, Account.AvailableOf(requester.Id), openingBalance, Memo: "Opening balance"),
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return requester;
    }
}
