using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kempelen.Tests.Infrastructure;

/// <summary>Calls the worker API in-process with the worker's bearer token.</summary>
public sealed class WorkerClient(HttpClient http, TestWorker worker)
{
    public TestWorker Worker { get; } = worker;

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body, string? token = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(http.BaseAddress!, "/api/worker/v1" + path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Worker.ApiToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    public async Task<string> AcceptAsync(string hitId)
    {
        var (status, body) = await PostAsync($"/hits/{hitId}/accept");
        Assert.True(status == HttpStatusCode.OK, $"Accepting {hitId} answered {(int)status}: {body}");
        return body.GetProperty("AssignmentId").GetString()!;
    }
}
