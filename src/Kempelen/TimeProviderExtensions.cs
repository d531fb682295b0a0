namespace Kempelen;

public static class TimeProviderExtensions
{
    /// <summary>
    /// The current UTC instant truncated to milliseconds: the precision we store and put on the wire, so a
    /// timestamp read back equals the one written (mturk-compat §1.4).
    /// </summary>
    public static DateTime UtcNowToTheMillisecond(this TimeProvider time) => time.GetUtcNow().UtcDateTime.ToTheMillisecond();

    public static DateTime ToTheMillisecond(this DateTime instant) =>
        new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
