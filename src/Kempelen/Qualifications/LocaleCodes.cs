namespace Kempelen.Qualifications;

/// <summary>The shape of ISO 3166 codes as MTurk uses them: a two-letter country, a subdivision of 1–3 characters.</summary>
public static class LocaleCodes
{
    public static bool IsCountry(string text) => text.Length == 2 && text.All(char.IsAsciiLetterUpper);

    public static bool IsSubdivision(string text) => text.Length is >= 1 and <= 3 && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>Upper-cases and checks a country and optional subdivision; a subdivision needs a country.</summary>
    public static (string? Country, string? Subdivision) Normalize(string? country, string? subdivision)
    {
        var c = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        var s = string.IsNullOrWhiteSpace(subdivision) ? null : subdivision.Trim().ToUpperInvariant();
        if (c is not null && !IsCountry(c))
        {
            throw DomainException.InvalidParameter("country", $"A country is an ISO 3166-1 alpha-2 code like US or DE; got '{country}'.");
        }

        if (s is not null && (c is null || !IsSubdivision(s)))
        {
            throw DomainException.InvalidParameter(
                "subdivision",
                c is null ? "A subdivision needs a country." : $"A subdivision is an ISO 3166-2 code without the country, like CA for California; got '{subdivision}'.");
        }

        return (c, s);
    }
}
