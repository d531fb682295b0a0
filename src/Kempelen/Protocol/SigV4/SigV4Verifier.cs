using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kempelen.Accounts;
using Microsoft.AspNetCore.Http.Features;

namespace Kempelen.Protocol.SigV4;

/// <summary>
/// Server-side Signature Version 4 as a straight pipeline with its own error at each step (mturk-compat §2.2).
/// Nothing else runs for a request that fails here.
/// </summary>
public sealed class SigV4Verifier(AccessKeyStore keys, TimeProvider time)
{
    public const string Service = "mturk-requester";
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);
    private const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

    public async Task<RequesterId> VerifyAsync(HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(authorization))
        {
            throw new ProtocolException(ProtocolError.MissingAuthentication());
        }

        var header = SignatureHeader.Parse(authorization);
        var (requestTime, amzDate) = RequestTime(request);

        var key = await keys.FindActiveAsync(header.AccessKeyId, cancellationToken);
        if (key is null || request.Headers.ContainsKey("X-Amz-Security-Token"))
        {
            // Kempelen issues no temporary credentials, so any session token is as unknown as an unknown key.
            throw new ProtocolException(ProtocolError.UnrecognizedClient());
        }

        CheckScope(header, requestTime, amzDate);
        CheckClock(requestTime, amzDate);
        CheckSignedHeaders(request, header);

        var (path, query) = RawTarget(request);
        var canonical = CanonicalRequest.Build(
            request.Method,
            path,
            query,
            name => request.Headers[name],
            header.SignedHeaders,
            header.SignedHeadersText,
            body.Span);
        var stringToSign = CanonicalRequest.StringToSign(amzDate, header.Scope, canonical);
        var expected = CanonicalRequest.Sign(key.Value.Secret, header, stringToSign);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header.Signature)))
        {
            throw new ProtocolException(ProtocolError.InvalidSignature(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."));
        }

        return key.Value.Requester;
    }

    /// <summary>X-Amz-Date, else the Date header (RFC 1123); returned also as the text SigV4 signs.</summary>
    private static (DateTime Time, string AmzDate) RequestTime(HttpRequest request)
    {
        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (!string.IsNullOrEmpty(amzDate))
        {
            if (!DateTime.TryParseExact(amzDate, AmzDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw new ProtocolException(ProtocolError.IncompleteSignature($"X-Amz-Date must look like 20240501T120000Z; got '{amzDate}'."));
            }

            return (parsed, amzDate);
        }

        var date = request.Headers.Date.ToString();
        if (!string.IsNullOrEmpty(date)
            && DateTime.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var fromDate))
        {
            return (fromDate, fromDate.ToString(AmzDateFormat, CultureInfo.InvariantCulture));
        }

        throw new ProtocolException(ProtocolError.IncompleteSignature(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
    }

    private static void CheckScope(SignatureHeader header, DateTime requestTime, string amzDate)
    {
        if (header.Service != Service)
        {
            throw new ProtocolException(ProtocolError.InvalidSignature($"Credential should be scoped to correct service: '{Service}'."));
        }

        if (header.Terminator != "aws4_request")
        {
            throw new ProtocolException(ProtocolError.InvalidSignature($"Credential should be scoped with a valid terminator: 'aws4_request', not '{header.Terminator}'."));
        }

        var requestDate = requestTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (header.ScopeDate != requestDate)
        {
            throw new ProtocolException(ProtocolError.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{header.ScopeDate}' != '{requestDate}', from '{amzDate}'."));
        }
    }

    private void CheckClock(DateTime requestTime, string amzDate)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var format = AmzDateFormat;
        if (requestTime < now - AllowedSkew)
        {
            throw new ProtocolException(ProtocolError.InvalidSignature(string.Create(
                CultureInfo.InvariantCulture,
                $"Signature expired: {amzDate} is now earlier than {(now - AllowedSkew).ToString(format, CultureInfo.InvariantCulture)} ({now.ToString(format, CultureInfo.InvariantCulture)} - 15 min.)")));
        }

        if (requestTime > now + AllowedSkew)
        {
            throw new ProtocolException(ProtocolError.InvalidSignature(string.Create(
                CultureInfo.InvariantCulture,
                $"Signature not yet current: {amzDate} is still later than {(now + AllowedSkew).ToString(format, CultureInfo.InvariantCulture)} ({now.ToString(format, CultureInfo.InvariantCulture)} + 15 min.)")));
        }
    }

    private static void CheckSignedHeaders(HttpRequest request, SignatureHeader header)
    {
        if (!header.SignedHeaders.Contains("host", StringComparer.Ordinal))
        {
            throw new ProtocolException(ProtocolError.InvalidSignature("'Host' must be a signed header."));
        }

        if (request.Headers.ContainsKey("X-Amz-Date") && !header.SignedHeaders.Contains("x-amz-date", StringComparer.Ordinal))
        {
            throw new ProtocolException(ProtocolError.InvalidSignature("'X-Amz-Date' must be a signed header."));
        }

        var absent = header.SignedHeaders.Where(name => !request.Headers.ContainsKey(name)).ToList();
        if (absent.Count > 0)
        {
            throw new ProtocolException(ProtocolError.InvalidSignature(
                $"Signed headers must be present in the request; missing: {string.Join(", ", absent)}."));
        }
    }

    /// <summary>The path and query exactly as the client sent them, not as the server decoded them.</summary>
    private static (string Path, string Query) RawTarget(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
        {
            return (request.PathBase + request.Path, request.QueryString.Value ?? string.Empty);
        }

        var question = raw.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (raw, string.Empty) : (raw[..question], raw[question..]);
    }
}
