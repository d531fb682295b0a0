using System.Globalization;
using Kempelen.Finance;

namespace Kempelen.WorkerApp;

/// <summary>How the worker pages write money, durations and instants; invariant, like the wire.</summary>
public static class Display
{
    public static string Dollars(Money money) => "$" + money;

    public static string Duration(long seconds) => seconds switch
    {
        < 60 => Plural(seconds, "second"),
        < 3600 => Plural(seconds / 60, "minute"),
        < 86400 => Plural(seconds / 3600, "hour") + (seconds % 3600 >= 60 ? " " + Plural(seconds % 3600 / 60, "minute") : ""),
        _ => Plural(seconds / 86400, "day"),
    };

    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Plural(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
