using Kempelen.Qualifications;

namespace Kempelen.Accounts;

/// <summary>A worker: one WorkerId for all requesters, as on MTurk (mturk-compat §4.1).</summary>
public sealed class Worker
{
    private Worker()
    {
        UserId = string.Empty;
    }

    public WorkerId Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, as the worker declared it (or an operator verified it).</summary>
    public string? Country { get; private set; }

    /// <summary>ISO 3166-2 subdivision without the country prefix, e.g. CA for California.</summary>
    public string? Subdivision { get; private set; }

    /// <summary>The worker declared they are an adult and agree to see adult content (Worker_Adult).</summary>
    public bool IsAdult { get; private set; }

    /// <summary>An operator verified the locale; the worker can no longer change it.</summary>
    public bool LocaleVerified { get; private set; }

    public Locale? Locale => Country is null ? null : new Locale(Country, Subdivision);

    /// <summary>The worker's own profile edit: any of country (with subdivision) and the adult declaration.</summary>
    public void UpdateProfile(string? country, string? subdivision, bool? adult)
    {
        if (country is not null || subdivision is not null)
        {
            if (LocaleVerified)
            {
                throw DomainException.InvalidParameter("country", "Your locale was verified by the operator and cannot be changed here; ask the operator.");
            }

            (Country, Subdivision) = LocaleCodes.Normalize(country ?? Country, subdivision);
        }

        if (adult is { } declared)
        {
            IsAdult = declared;
        }
    }

    /// <summary>An operator sets and locks the locale (admin set-worker-locale).</summary>
    public void VerifyLocale(string country, string? subdivision)
    {
        (Country, Subdivision) = LocaleCodes.Normalize(country, subdivision);
        LocaleVerified = true;
    }

    public static Worker Register(string userId, DateTime now) => new() { Id = WorkerId.New(), UserId = userId, CreatedAt = now };
}
