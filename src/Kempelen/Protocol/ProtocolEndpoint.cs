using System.Diagnostics;
using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Hosting;
using Kempelen.Protocol.ApiModel;
using Kempelen.Protocol.SigV4;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Protocol;

/// <summary>
/// POST / — every MTurk request passes the same steps in order: envelope, SigV4, dispatch, model validation,
/// handler. Each step answers its own error in MTurk's shape; nothing past a failed step runs, and an error is
/// never a 500 unless it is our bug (then nothing was committed, so the SDK's retry is safe).
/// </summary>
public static partial class ProtocolEndpoint
{
    public const int MaxBodyBytes = 1024 * 1024;
    private const string JsonContentType = "application/x-amz-json-1.1";
    private static readonly string[] AcceptedContentTypes = [JsonContentType, "application/x-amz-json-1.0", "application/json"];

    public static IEndpointRouteBuilder MapMTurkProtocol(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/", HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, SigV4Verifier verifier, TimeProvider time, ILoggerFactory loggers)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        var cancellationToken = context.RequestAborted;
        string? operation = null;
        try
        {
            var body = await ReadEnvelopeAsync(context.Request, cancellationToken);
            operation = OperationOf(context.Request);
            using var activity = Telemetry.Source.StartActivity("MTurk " + operation);
            activity?.SetTag("mturk.operation", operation);
            var caller = await verifier.VerifyAsync(context.Request, body, cancellationToken);
            var answer = await DispatchAsync(context.RequestServices, operation, body, caller, cancellationToken);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = JsonContentType;
            await context.Response.Body.WriteAsync(answer, cancellationToken);
        }
        catch (ProtocolException exception)
        {
            await WriteErrorAsync(context, exception.Error, time);
        }
        catch (DomainException exception)
        {
            await WriteErrorAsync(context, ProtocolError.FromDomain(exception), time);
        }
        catch (DbUpdateConcurrencyException)
        {
            await WriteErrorAsync(
                context,
                ProtocolError.FromDomain(new DomainException(ErrorCode.InvalidParameterValue, "Another request changed the same data at the same moment; nothing was changed by this one. Retry it.")),
                time);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? requestId;
            LogFault(loggers.CreateLogger(typeof(ProtocolEndpoint)), exception, operation ?? "(none)", traceId);
            await WriteErrorAsync(context, ProtocolError.Fault(traceId), time);
        }
    }

    private static async Task<byte[]> ReadEnvelopeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !AcceptedContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new ProtocolException(ProtocolError.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            throw new ProtocolException(ProtocolError.PayloadTooLarge(MaxBodyBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new ProtocolException(ProtocolError.PayloadTooLarge(MaxBodyBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string OperationOf(HttpRequest request)
    {
        var target = request.Headers["X-Amz-Target"].ToString();
        var prefix = MTurkApiModel.TargetPrefix + ".";
        if (string.IsNullOrEmpty(target))
        {
            throw new ProtocolException(ProtocolError.UnknownOperation($"The X-Amz-Target header is missing; it must be {prefix}<Operation>."));
        }

        var operation = target.StartsWith(prefix, StringComparison.Ordinal) ? target[prefix.Length..] : null;
        if (operation is null || !OperationTable.Operations.ContainsKey(operation))
        {
            throw new ProtocolException(ProtocolError.UnknownOperation($"Unknown operation '{target}'; expected {prefix}<Operation> with an operation of the 2017-01-17 API."));
        }

        return operation;
    }

    private static async Task<byte[]> DispatchAsync(IServiceProvider services, string operation, byte[] body, RequesterId caller, CancellationToken cancellationToken)
    {
        using var document = Parse(body);
        if (!MTurkApiModel.Instance.TryGetInput(operation, out var input))
        {
            throw new InvalidOperationException($"Operation {operation} is in the operation table but not in the API model.");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ProtocolException(ProtocolError.Serialization($"The request body must be a JSON object; got a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}."));
        }

        var violations = ModelValidator.Validate(input, document.RootElement);
        if (violations.Count > 0)
        {
            throw new ProtocolException(ProtocolError.Validation(ModelValidator.Describe(violations)));
        }

        var binding = OperationTable.Operations[operation]
            ?? throw new DomainException(ErrorCode.OperationNotSupported, $"Kempelen does not support the operation {operation} yet.");
        return await binding.InvokeAsync(services, document.RootElement, caller, cancellationToken);
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException exception)
        {
            throw new ProtocolException(ProtocolError.Serialization($"The request body is not valid JSON: {exception.Message}"));
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, ProtocolError error, TimeProvider time)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = error.Status;
        context.Response.ContentType = JsonContentType;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", error.Type);
            if (error.IsFrontEndError)
            {
                writer.WriteString("message", error.Message);
            }
            else
            {
                // Real MTurk messages end with the epoch milliseconds of the answer (mturk-compat §3.1).
                writer.WriteString("Message", $"{error.Message} ({time.GetUtcNow().ToUnixTimeMilliseconds()})");
                writer.WriteString("TurkErrorCode", error.TurkErrorCode);
                if (error.Parameter is not null)
                {
                    writer.WriteString("Parameter", error.Parameter);
                }
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "MTurk operation {Operation} failed unexpectedly (trace {TraceId})")]
    private static partial void LogFault(ILogger logger, Exception exception, string operation, string traceId);
}
