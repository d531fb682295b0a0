using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kempelen.Accounts;

namespace Kempelen.Protocol;

/// <summary>
/// NextToken values: a keyset position bound to the operation, the caller and the filters, sealed with an HMAC so
/// that a client can neither forge one nor reuse it with other filters (mturk-compat §8). They do not expire.
/// </summary>
public sealed class PageTokens(MasterKey masterKey)
{
    private const int MacLength = 16;
    private readonly byte[] _key = masterKey.DeriveKey("page-tokens");

    public string Issue(string scope, DateTime position, string id)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{position.Ticks}|{id}"));
        var mac = Mac(scope, payload);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>A position in a list kept in the order of one key alone (a WorkerId); read it back with <see cref="Read"/>.</summary>
    public string Issue(string scope, string id) => Issue(scope, DateTime.MinValue, id);

    public (DateTime Position, string Id) Read(string token, string scope)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        try
        {
            if (dot > 0)
            {
                var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
                var mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
                var parts = Encoding.UTF8.GetString(payload).Split('|', 2);
                if (CryptographicOperations.FixedTimeEquals(mac, Mac(scope, payload))
                    && parts.Length == 2
                    && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    && ticks <= DateTime.MaxValue.Ticks)
                {
                    return (new DateTime(ticks, DateTimeKind.Utc), parts[1]);
                }
            }
        }
        catch (FormatException)
        {
            // Not base64url: handled as any other invalid token below.
        }

        throw new DomainException(ErrorCode.InvalidParameterValue, "The NextToken is invalid for this request.");
    }

    /// <summary>The scope names the operation, the caller and every filter the token is valid for.</summary>
    public static string Scope(string operation, RequesterId caller, params string?[] filters) =>
        string.Join("\u001f", [operation, caller.Value, .. filters.Select(f => f ?? "\u0000")]);

    private byte[] Mac(string scope, byte[] payload)
    {
        var scoped = Encoding.UTF8.GetBytes(scope).Concat(new byte[] { 0 }).Concat(payload).ToArray();
        return HMACSHA256.HashData(_key, scoped)[..MacLength];
    }
}
