using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Kempelen.Tests.Infrastructure;

/// <summary>Calls MTurk operations in-process, signed as the given requester at the app's fake time.</summary>
public sealed class MTurkClient(HttpClient http, TestRequester requester, FakeTimeProvider time)
{
    public TestRequester Requester { get; } = requester;

    public Task<MTurkResponse> CallAsync(string operation, object request) =>
        SendRawAsync(operation, JsonSerializer.SerializeToUtf8Bytes(request), sign: true);

    public async Task<MTurkResponse> SendRawAsync(string operation, byte[] body, bool sign = true, string contentType = "application/x-amz-json-1.1", Action<HttpRequestMessage>? tamper = null, TimeSpan signingClockOffset = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(http.BaseAddress!, "/")) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        message.Headers.Add("X-Amz-Target", "MTurkRequesterServiceV20170117." + operation);
        if (sign)
        {
            TestSigner.Sign(message, body, Requester.AccessKeyId, Requester.Secret, time.GetUtcNow() + signingClockOffset);
        }

        tamper?.Invoke(message);
        var response = await http.SendAsync(message, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text);
        return new MTurkResponse(response.StatusCode, document.RootElement.Clone(), response);
    }
}
