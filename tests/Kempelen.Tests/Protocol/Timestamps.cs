using System.Text.Json;
using Kempelen.Protocol;

namespace Kempelen.Tests.Protocol;

/// <summary>Timestamps are epoch seconds with millisecond precision, in plain decimal form (mturk-compat §1.4).</summary>
public sealed class Timestamps
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new EpochSecondsConverter() } };

    [Theory]
    [InlineData("2024-05-01T12:00:00.000Z", "1714564800")]
    [InlineData("2024-05-01T12:00:00.123Z", "1714564800.123")]
    [InlineData("1970-01-01T00:00:00.000Z", "0")]
    public void Writes_plain_decimals(string instant, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), Options));

    [Theory]
    [InlineData("1714564800", "2024-05-01T12:00:00.0000000Z")]
    [InlineData("1.7145648001E9", "2024-05-01T12:00:00.1000000Z")]
    [InlineData("0", "1970-01-01T00:00:00.0000000Z")]
    public void Reads_integers_decimals_and_exponents(string json, string instant) =>
        Assert.Equal(instant, JsonSerializer.Deserialize<DateTime>(json, Options).ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Clamps_absurd_instants_so_the_domain_can_explain_them() =>
        Assert.Equal(DateTime.MaxValue.Date, JsonSerializer.Deserialize<DateTime>("1e300", Options).Date);
}
