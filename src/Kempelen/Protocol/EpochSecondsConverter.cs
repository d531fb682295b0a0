using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kempelen.Protocol;

/// <summary>
/// Timestamps on the wire are seconds since the Unix epoch. We write plain decimals with millisecond precision
/// (no exponent) and read any JSON number, including 0 and fractions (mturk-compat §1.4).
/// </summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTime>
{
    private static readonly double MaxSeconds = (DateTime.MaxValue - DateTime.UnixEpoch).TotalSeconds;
    private static readonly double MinSeconds = (DateTime.MinValue - DateTime.UnixEpoch).TotalSeconds;

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var seconds = reader.GetDouble();

        // Out-of-range instants are clamped so that the domain, not the parser, explains what is allowed.
        seconds = Math.Clamp(seconds, MinSeconds, MaxSeconds);
        var milliseconds = Math.Round(seconds * 1000, MidpointRounding.AwayFromZero);
        return milliseconds >= (DateTime.MaxValue - DateTime.UnixEpoch).TotalMilliseconds
            ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)
            : DateTime.UnixEpoch.AddMilliseconds(milliseconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var milliseconds = (value.ToUniversalTime() - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond;
        var text = milliseconds % 1000 == 0
            ? (milliseconds / 1000).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Math.DivRem(milliseconds, 1000, out var rest)}.{Math.Abs(rest):000}");
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}
