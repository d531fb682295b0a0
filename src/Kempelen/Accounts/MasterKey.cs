using System.Security.Cryptography;
using System.Text;

namespace Kempelen.Accounts;

/// <summary>
/// The 256-bit key that encrypts secrets at rest (AES-GCM) and from which other keys are derived (HKDF). It never
/// lives in the database: it comes from configuration (Kempelen:MasterKey, base64) or from a key file in the data
/// folder that only the owner may read.
/// </summary>
public sealed class MasterKey
{
    public const string ConfigurationKey = "Kempelen:MasterKey";
    public const string FileName = "master.key";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public MasterKey(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The master key must be 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>Reads the key file, creating it with owner-only permissions on first use.</summary>
    public static MasterKey LoadOrCreate(string? configured, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new MasterKey(Convert.FromBase64String(configured));
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var writer = new StreamWriter(path, Encoding.ASCII, options);
                writer.Write(fresh);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process (a server and an admin verb starting together) created it first; use theirs.
            }
        }

        return new MasterKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    public byte[] Encrypt(byte[] plaintext, byte[] associatedData)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), associatedData);
        return output;
    }

    public byte[] Decrypt(byte[] ciphertext, byte[] associatedData)
    {
        var plaintext = new byte[ciphertext.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(
            ciphertext.AsSpan(0, NonceSize),
            ciphertext.AsSpan(NonceSize + TagSize),
            ciphertext.AsSpan(NonceSize, TagSize),
            plaintext,
            associatedData);
        return plaintext;
    }

    /// <summary>A key for one purpose (e.g. paging tokens), so no two uses share key material.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, info: Encoding.UTF8.GetBytes("kempelen:" + purpose));
}
