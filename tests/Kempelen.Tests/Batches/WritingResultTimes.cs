using System.Globalization;
using System.Text;
using Kempelen.Batches;

namespace Kempelen.Tests.Batches;

/// <summary>The results file's hand-written times read and write exactly what DateTime's general parsing and formatting would.</summary>
public sealed class WritingResultTimes
{
    [Fact]
    public void Times_are_written_as_the_invariant_format_writes_them_and_stored_sqlite_text_reads_back_to_the_tick()
    {
        var random = new Random(5);
        var instants = new List<DateTime> { DateTime.MinValue, DateTime.MaxValue, new(2026, 2, 28, 23, 59, 59, 999, DateTimeKind.Utc), new(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc) };
        for (var i = 0; i < 10_000; i++)
        {
            instants.Add(new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc));
        }

        foreach (var at in instants)
        {
            var text = new StringBuilder();
            ResultsTime.Append(text, at);
            Assert.Equal(at.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture), text.ToString());

            // EF Core's SQLite format for DateTime.
            var stored = at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            Assert.Equal(at, ResultsTime.ParseStored(stored));
            Assert.Equal(DateTimeKind.Utc, ResultsTime.ParseStored(stored).Kind);
        }

        Assert.Equal(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc), ResultsTime.ParseStored("2026-11-26T12:00:00"));
    }
}
