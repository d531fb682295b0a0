namespace Kempelen.Protocol.Shapes;

public sealed record Locale
{
    public string Country { get; init; } = string.Empty;

    public string? Subdivision { get; init; }
}
