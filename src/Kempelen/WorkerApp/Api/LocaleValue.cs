using Kempelen.Qualifications;

namespace Kempelen.WorkerApp.Api;

public sealed record LocaleValue(string Country, string? Subdivision)
{
    public static LocaleValue From(Locale locale) => new(locale.Country, locale.Subdivision);
}
