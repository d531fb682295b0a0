using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Kempelen.Protocol.SigV4;

/// <summary>Builds SigV4's canonical request and string to sign from the request exactly as received.</summary>
public static class CanonicalRequest
{
    public static string Build(
        string method,
        string path,
        string query,
        Func<string, StringValues> header,
        IReadOnlyList<string> signedHeaders,
        string signedHeadersText,
        ReadOnlySpan<byte> body)
    {
        var builder = new StringBuilder(512);
        builder.Append(method).Append('\n');
        builder.Append(string.IsNullOrEmpty(path) ? "/" : path).Append('\n');
        builder.Append(CanonicalQuery(query)).Append('\n');
        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':').Append(CanonicalHeaderValue(header(name))).Append('\n');
        }

        builder.Append('\n').Append(signedHeadersText).Append('\n');
        builder.Append(Convert.ToHexStringLower(SHA256.HashData(body)));
        return builder.ToString();
    }

    public static string StringToSign(string requestTime, string scope, string canonicalRequest) =>
        $"{SignatureHeader.Algorithm}\n{requestTime}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    /// <summary>HMAC chain from "AWS4" + secret over the date, region, service and terminator.</summary>
    public static string Sign(string secret, SignatureHeader header, string stringToSign)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(header.ScopeDate));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(header.Region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(header.Service));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(header.Terminator));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>Values trimmed, inner runs of spaces collapsed, repeated headers joined with commas.</summary>
    private static string CanonicalHeaderValue(StringValues values) =>
        string.Join(',', values.Select(v => string.Join(' ', (v ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));

    private static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return string.Empty;
        }

        return string.Join(
            '&',
            query.TrimStart('?')
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(pair => (Name: Encode(pair[0]), Value: Encode(pair.Length > 1 ? pair[1] : string.Empty)))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => $"{p.Name}={p.Value}"));
    }

    private static string Encode(string component) => Uri.EscapeDataString(Uri.UnescapeDataString(component));
}
