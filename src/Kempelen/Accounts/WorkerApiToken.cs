using System.Security.Cryptography;

namespace Kempelen.Accounts;

/// <summary>
/// A bearer token for the worker API. Only its SHA-256 is stored: a 256-bit random token needs no slow hash,
/// and the database never holds anything that would let its reader act as the worker.
/// </summary>
public sealed class WorkerApiToken
{
    private WorkerApiToken()
    {
        Hash = [];
    }

    public Guid Id { get; private set; }

    public WorkerId WorkerId { get; private set; }

    public byte[] Hash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>Issues a token; returns the entity to store and the token to show once.</summary>
    public static (WorkerApiToken Entity, string Token) Issue(WorkerId worker, DateTime now)
    {
        var token = "kmw_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new WorkerApiToken { Id = Guid.CreateVersion7(new DateTimeOffset(now)), WorkerId = worker, Hash = HashOf(token), CreatedAt = now }, token);
    }

    public static byte[] HashOf(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
