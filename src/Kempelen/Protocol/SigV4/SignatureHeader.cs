namespace Kempelen.Protocol.SigV4;

/// <summary>The parts of an "AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…" header.</summary>
public sealed record SignatureHeader(
    string AccessKeyId,
    string ScopeDate,
    string Region,
    string Service,
    string Terminator,
    IReadOnlyList<string> SignedHeaders,
    string SignedHeadersText,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string Scope => $"{ScopeDate}/{Region}/{Service}/{Terminator}";

    /// <summary>Parses the header; components may be separated by ", " or "," and come in any order (mturk-compat §2.1).</summary>
    public static SignatureHeader Parse(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var algorithm = space < 0 ? header : header[..space];
        if (algorithm != Algorithm)
        {
            throw new ProtocolException(ProtocolError.IncompleteSignature(
                $"Unsupported signing algorithm '{algorithm}'; requests must be signed with {Algorithm} (Signature Version 4)."));
        }

        var components = header[(space + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        var missing = new[] { "Credential", "SignedHeaders", "Signature" }.Where(name => !components.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new ProtocolException(ProtocolError.IncompleteSignature(
                string.Join(" ", missing.Select(name => $"Authorization header requires '{name}' parameter.")) + $" Authorization={header}"));
        }

        var credential = components["Credential"].Split('/');
        if (credential.Length != 5 || credential.Any(string.IsNullOrEmpty))
        {
            throw new ProtocolException(ProtocolError.IncompleteSignature(
                $"Credential must have the form <AccessKeyId>/<yyyyMMdd>/<region>/mturk-requester/aws4_request; got '{components["Credential"]}'."));
        }

        var signedHeadersText = components["SignedHeaders"];
        return new SignatureHeader(
            credential[0],
            credential[1],
            credential[2],
            credential[3],
            credential[4],
            signedHeadersText.Split(';'),
            signedHeadersText,
            components["Signature"]);
    }
}
