using System.Net;
using System.Text.Json;

namespace Kempelen.Tests.Infrastructure;

/// <summary>An answer of the protocol endpoint, with the error members MTurk clients read.</summary>
public sealed record MTurkResponse(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Raw)
{
    public string? ErrorType => Body.TryGetProperty("__type", out var type) ? type.GetString() : null;

    public string? TurkErrorCode => Body.TryGetProperty(nameof(TurkErrorCode), out var code) ? code.GetString() : null;

    public string Message => Body.TryGetProperty(nameof(Message), out var upper) ? upper.GetString()!
        : Body.TryGetProperty("message", out var lower) ? lower.GetString()! : string.Empty;

    public JsonElement this[string member] => Body.GetProperty(member);

    public MTurkResponse EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200 but got {(int)Status}: {Body}");
        return this;
    }

    public MTurkResponse EnsureError(string type, string? turkErrorCode = null)
    {
        Assert.True(Status == HttpStatusCode.BadRequest, $"Expected 400 {type} but got {(int)Status}: {Body}");
        Assert.Equal(type, ErrorType);
        if (turkErrorCode is not null)
        {
            Assert.Equal(turkErrorCode, TurkErrorCode);
        }

        return this;
    }
}
