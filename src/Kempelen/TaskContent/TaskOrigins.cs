using System.Net;
using Microsoft.Extensions.Options;

namespace Kempelen.TaskContent;

/// <summary>Tells the task origin's requests from the worker app's and names each origin for the other.</summary>
public sealed class TaskOrigins(IOptions<TaskOriginOptions> options)
{
    private const string Prefix = "task.";

    private readonly Uri? _configuredTask = Parse(options.Value.TaskOrigin, nameof(TaskOriginOptions.TaskOrigin));
    private readonly Uri? _configuredApp = Parse(options.Value.AppOrigin, nameof(TaskOriginOptions.AppOrigin));

    public bool IsTaskHost(HttpRequest request)
    {
        if (_configuredTask is not null)
        {
            return string.Equals(request.Host.Host, _configuredTask.Host, StringComparison.OrdinalIgnoreCase)
                && (request.Host.Port ?? DefaultPort(request.Scheme)) == _configuredTask.Port;
        }

        return request.Host.Host.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The task origin as a page of the worker app should frame it.</summary>
    public string TaskOriginFor(HttpRequest appRequest)
    {
        if (_configuredTask is not null)
        {
            return _configuredTask.GetLeftPart(UriPartial.Authority);
        }

        // *.localhost resolves to loopback in browsers, so a host reached by address still gets a distinct name.
        var host = IPAddress.TryParse(appRequest.Host.Host, out _) ? "localhost" : appRequest.Host.Host;
        var port = appRequest.Host.Port is { } p ? ":" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return $"{appRequest.Scheme}://{Prefix}{host}{port}";
    }

    public static string AppOriginOf(HttpRequest appRequest) => $"{appRequest.Scheme}://{appRequest.Host}";

    /// <summary>The worker app's origin for a task page that has no token to name it.</summary>
    public string AppOriginGuess(HttpRequest taskRequest)
    {
        if (_configuredApp is not null)
        {
            return _configuredApp.GetLeftPart(UriPartial.Authority);
        }

        var host = taskRequest.Host.Value ?? "";
        return $"{taskRequest.Scheme}://{(host.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? host[Prefix.Length..] : host)}";
    }

    private static int DefaultPort(string scheme) => string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80;

    private static Uri? Parse(string? origin, string name)
    {
        if (string.IsNullOrWhiteSpace(origin))
        {
            return null;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
        {
            throw new InvalidOperationException($"Kempelen:{name} must be an origin like https://task.example.org; got '{origin}'.");
        }

        return uri;
    }
}
