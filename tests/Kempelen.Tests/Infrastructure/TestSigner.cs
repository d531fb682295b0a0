using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// A client-side SigV4 signer written from AWS's specification, independent of the server's verifier, so that
/// the in-process tests do not check the server against itself. The real SDKs are exercised by the conformance
/// suite; this signer signs the same header set botocore does.
/// </summary>
public static class TestSigner
{
    public static void Sign(HttpRequestMessage request, byte[] body, string accessKeyId, string secret, DateTimeOffset now, string region = "us-east-1")
    {
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Add("X-Amz-Date", amzDate);
        var host = request.RequestUri!.Authority;
        var contentType = request.Content!.Headers.ContentType!.ToString();
        var target = request.Headers.GetValues("X-Amz-Target").Single();
        const string signedHeaders = "content-type;host;x-amz-date;x-amz-target";
        var canonical = string.Join(
            "\n",
            "POST",
            "/",
            string.Empty,
            $"content-type:{contentType}",
            $"host:{host}",
            $"x-amz-date:{amzDate}",
            $"x-amz-target:{target}",
            string.Empty,
            signedHeaders,
            Hex(SHA256.HashData(body)));
        var scope = $"{date}/{region}/mturk-requester/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + secret);
        foreach (var part in new[] { date, region, "mturk-requester", "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
