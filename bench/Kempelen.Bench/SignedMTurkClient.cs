using System.Net.Http.Headers;
using System.Text.Json;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Bench;

/// <summary>Sends SigV4-signed MTurk requests over a real socket, as the SDKs do.</summary>
public sealed class SignedMTurkClient(HttpClient http, string accessKeyId, string secret)
{
    public async Task<(bool Ok, JsonDocument Body)> CallAsync(string operation, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(http.BaseAddress!, "/")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", "MTurkRequesterServiceV20170117." + operation);
        TestSigner.Sign(request, body, accessKeyId, secret, TimeProvider.System.GetUtcNow());
        using var response = await http.SendAsync(request);
        var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return (response.IsSuccessStatusCode, json);
    }

    public async Task<bool> SucceedsAsync(string operation, byte[] body)
    {
        var (ok, json) = await CallAsync(operation, body);
        json.Dispose();
        return ok;
    }
}
