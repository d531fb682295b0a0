namespace Kempelen.Qualifications;

/// <summary>ISO 3166-1 alpha-2 country and, optionally, the ISO 3166-2 subdivision without the country prefix.</summary>
public sealed record Locale(string Country, string? Subdivision);
