using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Kempelen.TaskContent;

/// <summary>
/// Seals and opens <see cref="SubmissionToken"/>s with Data Protection (authenticated encryption). The expiry is in
/// the payload and checked against the injected clock, because ITimeLimitedDataProtector reads the system clock.
/// </summary>
public sealed class SubmissionTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Kempelen.TaskContent.SubmissionToken.v1");

    public string Seal(SubmissionToken token) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(token)));

    /// <summary>The token, or null when it was not sealed by us, was altered, or has expired.</summary>
    public SubmissionToken? Open(string sealedToken)
    {
        try
        {
            var token = JsonSerializer.Deserialize<SubmissionToken>(_protector.Unprotect(WebEncoders.Base64UrlDecode(sealedToken)));
            return token is not null && token.ExpiresAt > time.GetUtcNow().UtcDateTime ? token : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
