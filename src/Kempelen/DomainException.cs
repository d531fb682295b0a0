namespace Kempelen;

/// <summary>
/// A request the domain refuses. <see cref="Parameter"/> names the single request parameter at fault
/// when the refusal is about one value's content (MTurk reports those as ParameterValidationError).
/// </summary>
public sealed class DomainException(ErrorCode code, string message, string? parameter = null) : Exception(message)
{
    public ErrorCode Code { get; } = code;

    public string? Parameter { get; } = parameter;

    public static DomainException InvalidParameter(string parameter, string message) =>
        new(ErrorCode.InvalidParameterValue, message, parameter);
}
