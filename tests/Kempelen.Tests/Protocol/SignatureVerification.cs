using System.Text;
using Kempelen.Protocol;
using Kempelen.Protocol.SigV4;

namespace Kempelen.Tests.Protocol;

/// <summary>SigV4 canonicalisation pinned to a request signed by botocore (Debian's python3-botocore).</summary>
public sealed class SignatureVerification
{
    private const string Secret = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY01";
    private const string Body = """{"HITId": "3TRB893CSJPTPHN7BSD9FBMB45DG72"}""";
    private const string Authorization =
        "AWS4-HMAC-SHA256 Credential=KMPLTESTVECTOR000001/20261126/us-east-1/mturk-requester/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=eb1abd2f370560194ebe5c6031d9c4b5361f599b70dfc995c71a72e5c57fea59";

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["content-type"] = "application/x-amz-json-1.1",
        ["host"] = "127.0.0.1:5000",
        ["x-amz-date"] = "20261126T120000Z",
        ["x-amz-target"] = "MTurkRequesterServiceV20170117.GetHIT",
    };

    private static string SignatureFor(string body, string secret = Secret)
    {
        var header = SignatureHeader.Parse(Authorization);
        var canonical = CanonicalRequest.Build("POST", "/", string.Empty, name => Headers[name], header.SignedHeaders, header.SignedHeadersText, Encoding.UTF8.GetBytes(body));
        return CanonicalRequest.Sign(secret, header, CanonicalRequest.StringToSign("20261126T120000Z", header.Scope, canonical));
    }

    [Fact]
    public void Computes_the_signature_botocore_computed() =>
        Assert.Equal(SignatureHeader.Parse(Authorization).Signature, SignatureFor(Body));

    [Fact]
    public void A_changed_body_changes_the_signature() =>
        Assert.NotEqual(SignatureHeader.Parse(Authorization).Signature, SignatureFor(Body.Replace("3T", "3X", StringComparison.Ordinal)));

    [Fact]
    public void Another_secret_changes_the_signature() =>
        Assert.NotEqual(SignatureHeader.Parse(Authorization).Signature, SignatureFor(Body, Secret[..^1] + "2"));

    [Fact]
    public void Parses_components_in_any_order_and_without_spaces()
    {
        var header = SignatureHeader.Parse("AWS4-HMAC-SHA256 Signature=abc,Credential=KEY/20240501/eu-west-1/mturk-requester/aws4_request,SignedHeaders=host;x-amz-date");
        Assert.Equal("KEY", header.AccessKeyId);
        Assert.Equal("eu-west-1", header.Region);
        Assert.Equal(["host", "x-amz-date"], header.SignedHeaders);
        Assert.Equal("abc", header.Signature);
    }

    [Fact]
    public void A_header_missing_components_names_them()
    {
        var refusal = Assert.Throws<ProtocolException>(() => SignatureHeader.Parse("AWS4-HMAC-SHA256 Credential=KEY/20240501/us-east-1/mturk-requester/aws4_request"));
        Assert.Equal("IncompleteSignatureException", refusal.Error.Type);
        Assert.Contains("'SignedHeaders'", refusal.Error.Message, StringComparison.Ordinal);
        Assert.Contains("'Signature'", refusal.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_algorithm_is_refused() =>
        Assert.Equal("IncompleteSignatureException", Assert.Throws<ProtocolException>(() => SignatureHeader.Parse("AWS3-HTTPS AWSAccessKeyId=x")).Error.Type);
}
