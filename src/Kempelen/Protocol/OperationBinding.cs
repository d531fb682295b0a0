using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kempelen.Accounts;

namespace Kempelen.Protocol;

/// <summary>How one operation's JSON reaches its handler and its answer goes back to JSON.</summary>
public sealed class OperationBinding(Type handlerType, Type requestType, Type responseType, Func<IServiceProvider, JsonElement, RequesterId, CancellationToken, Task<byte[]>> invoke)
{
    public Type HandlerType { get; } = handlerType;

    public Type RequestType { get; } = requestType;

    public Type ResponseType { get; } = responseType;

    public Task<byte[]> InvokeAsync(IServiceProvider services, JsonElement request, RequesterId caller, CancellationToken cancellationToken) =>
        invoke(services, request, caller, cancellationToken);

    public static OperationBinding For<THandler, TRequest, TResponse>(JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response)
        where THandler : IMTurkOperation<TRequest, TResponse> =>
        new(
            typeof(THandler),
            typeof(TRequest),
            typeof(TResponse),
            async (services, json, caller, cancellationToken) =>
            {
                var input = json.Deserialize(request)
                    ?? throw new ProtocolException(ProtocolError.Serialization("The request body must be a JSON object."));
                var output = await services.GetRequiredService<THandler>().ExecuteAsync(input, caller, cancellationToken);
                return JsonSerializer.SerializeToUtf8Bytes(output, response);
            });
}
