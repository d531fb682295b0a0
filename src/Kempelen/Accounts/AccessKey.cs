namespace Kempelen.Accounts;

/// <summary>
/// A SigV4 key pair. The secret is kept encrypted with the master key (SigV4 needs the secret itself to verify
/// a signature, so it cannot be hashed) and shown to the requester once, at creation.
/// </summary>
public sealed class AccessKey
{
    /// <summary>Not AWS's AKIA/ASIA, so people and secret scanners can tell our keys apart (mturk-compat §2.2).</summary>
    public const string IdPrefix = "KMPL";

    private AccessKey()
    {
        Id = string.Empty;
        EncryptedSecret = [];
    }

    public string Id { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public byte[] EncryptedSecret { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>Issues a key pair; returns the entity to store and the plain secret to show once.</summary>
    public static (AccessKey Key, string Secret) Issue(RequesterId requester, MasterKey masterKey, DateTime now)
    {
        var id = IdPrefix + EntityIds.RandomCharacters(16);
        var secret = System.Security.Cryptography.RandomNumberGenerator.GetString(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40);
        var key = new AccessKey
        {
            Id = id,
            RequesterId = requester,
            EncryptedSecret = masterKey.Encrypt(System.Text.Encoding.UTF8.GetBytes(secret), AssociatedData(id)),
            CreatedAt = now,
        };
        return (key, secret);
    }

    /// <summary>The key stops authenticating; revoking it again keeps the first revocation's time.</summary>
    public void Revoke(DateTime now) => RevokedAt ??= now;

    public string RevealSecret(MasterKey masterKey) =>
        System.Text.Encoding.UTF8.GetString(masterKey.Decrypt(EncryptedSecret, AssociatedData(Id)));

    // Binding the ciphertext to its key id stops a database writer from swapping secrets between keys.
    private static byte[] AssociatedData(string id) => System.Text.Encoding.UTF8.GetBytes("access-key:" + id);
}
