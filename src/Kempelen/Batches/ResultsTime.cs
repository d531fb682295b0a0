using System.Globalization;
using System.Text;

namespace Kempelen.Batches;

/// <summary>
/// Times in the results file: MTurk writes Java's Date.toString in the requester's zone; Kempelen keeps UTC and
/// says so ("Thu Nov 26 12:00:00 UTC 2026", as the format "ddd MMM dd HH:mm:ss 'UTC' yyyy" writes it with the
/// invariant culture). Written by hand, as is reading SQLite's stored text: a hundred thousand rows of five
/// times each spent most of their time in DateTime's general parsing and formatting.
/// </summary>
internal static class ResultsTime
{
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static void Append(StringBuilder text, DateTime at)
    {
        Span<char> written = stackalloc char[28];
        Days[(int)at.DayOfWeek].CopyTo(written);
        written[3] = ' ';
        Months[at.Month - 1].CopyTo(written[4..]);
        written[7] = ' ';
        TwoDigits(written[8..], at.Day);
        written[10] = ' ';
        TwoDigits(written[11..], at.Hour);
        written[13] = ':';
        TwoDigits(written[14..], at.Minute);
        written[16] = ':';
        TwoDigits(written[17..], at.Second);
        " UTC ".CopyTo(written[19..]);
        TwoDigits(written[24..], at.Year / 100);
        TwoDigits(written[26..], at.Year % 100);
        text.Append(written);
    }

    /// <summary>
    /// A time as EF stores it on SQLite ("yyyy-MM-dd HH:mm:ss" and up to seven digits of fraction); any other
    /// text is parsed as Microsoft.Data.Sqlite's reader parses it.
    /// </summary>
    public static DateTime ParseStored(string stored)
    {
        var s = stored.AsSpan();
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':' && s[16] == ':'
            && Digits(s[..4], out var year) && Digits(s.Slice(5, 2), out var month) && Digits(s.Slice(8, 2), out var day)
            && Digits(s.Slice(11, 2), out var hour) && Digits(s.Slice(14, 2), out var minute) && Digits(s.Slice(17, 2), out var second)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month) && hour < 24 && minute < 60 && second < 60 && year >= 1
            && (s.Length == 19 || (s[19] == '.' && s.Length is > 20 and <= 27 && Digits(s[20..], out _))))
        {
            var ticks = 0L;
            if (s.Length > 19)
            {
                Digits(s[20..], out var fraction);
                ticks = fraction;
                for (var i = s.Length - 20; i < 7; i++)
                {
                    ticks *= 10;
                }
            }

            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        }

        return DateTime.SpecifyKind(DateTime.Parse(stored, CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    private static void TwoDigits(Span<char> into, int value)
    {
        into[0] = (char)('0' + (value / 10));
        into[1] = (char)('0' + (value % 10));
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
