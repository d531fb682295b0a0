namespace Kempelen.Protocol;

/// <summary>Stops a protocol request with an error answer; thrown only inside the protocol pipeline.</summary>
public sealed class ProtocolException(ProtocolError error) : Exception(error.Message)
{
    public ProtocolError Error { get; } = error;
}
