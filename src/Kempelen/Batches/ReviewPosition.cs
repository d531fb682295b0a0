using System.Globalization;
using Kempelen.Assignments;

namespace Kempelen.Batches;

/// <summary>
/// Where a page of the review grid ends, in the grid's order (CSV row, submit time, assignment): the next page
/// starts after it, so pages neither repeat nor skip rows while decisions change what else matches.
/// </summary>
public readonly record struct ReviewPosition(int RowNumber, DateTime SubmitTime, AssignmentId AssignmentId)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{RowNumber}.{SubmitTime.Ticks}.{AssignmentId.Value}");

    /// <summary>Reads a position from a URL; anything else is no position at all (the first page).</summary>
    public static ReviewPosition? Parse(string? text)
    {
        var parts = text?.Split('.', 3);
        return parts is [var row, var ticks, var id]
            && int.TryParse(row, NumberStyles.None, CultureInfo.InvariantCulture, out var rowNumber)
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var submitTicks)
            && submitTicks <= DateTime.MaxValue.Ticks
            && id.Length > 0
            ? new ReviewPosition(rowNumber, new DateTime(submitTicks, DateTimeKind.Utc), AssignmentId.From(id))
            : null;
    }
}
