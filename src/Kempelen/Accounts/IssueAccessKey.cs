using Kempelen.Storage;

namespace Kempelen.Accounts;

/// <summary>Gives a requester another key pair; the secret is returned once, here, and never again.</summary>
public sealed class IssueAccessKey(KempelenDb db, MasterKey masterKey, TimeProvider time)
{
    public sealed record Issued(string AccessKeyId, string SecretAccessKey);

    public async Task<Issued> ExecuteAsync(RequesterId requester, CancellationToken cancellationToken)
    {
        var (key, secret) = AccessKey.Issue(requester, masterKey, time.UtcNowToTheMillisecond());
        db.AccessKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new Issued(key.Id, secret);
    }
}
