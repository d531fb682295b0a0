using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Kempelen.Projects;

/// <summary>
/// A project's task HTML with <c>${name}</c> placeholders: which names it uses, and the HTMLQuestion a row of
/// values makes of it. Values are HTML-escaped as they are put in, so a CSV cell can never add markup or script.
/// </summary>
public static partial class ProjectTemplate
{
    public const int MaxLength = 60_000;

    /// <summary>The distinct placeholder names, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string html) =>
        Placeholder().Matches(html).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every placeholder replaced by its value, HTML-escaped; a placeholder without a value is refused.</summary>
    public static string Fill(string html, IReadOnlyDictionary<string, string> values, string parameter) =>
        Placeholder().Replace(html, match =>
        {
            var name = match.Groups["name"].Value;
            return values.TryGetValue(name, out var value)
                ? WebUtility.HtmlEncode(value)
                : throw DomainException.InvalidParameter(parameter, $"The template uses ${{{name}}} but no value named '{name}' was given.");
        });

    /// <summary>For a preview: placeholders with a value filled as <see cref="Fill"/> does, the others left showing.</summary>
    public static string FillForPreview(string html, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(html, match => values.TryGetValue(match.Groups["name"].Value, out var value) ? WebUtility.HtmlEncode(value) : match.Value);

    /// <summary>
    /// <see cref="Fill"/> for many rows of values in one column order (a batch's CSV): the HTML is split at its
    /// placeholders once, and each row is then joined from the pieces instead of running the regex again.
    /// </summary>
    public static Func<IReadOnlyList<string>, string> FillerFor(string html, IReadOnlyList<string> columns, string parameter)
    {
        var (literals, fields) = Split(html, columns, parameter);
        var fixedLength = literals.Sum(l => l.Length);
        return values =>
        {
            var filled = new StringBuilder(fixedLength + (64 * fields.Count));
            for (var i = 0; i < fields.Count; i++)
            {
                filled.Append(literals[i]).Append(WebUtility.HtmlEncode(values[fields[i]]));
            }

            return filled.Append(literals[^1]).ToString();
        };
    }

    /// <summary>
    /// For checking a batch's rows without building their questions: a bound on the UTF-8 bytes (so also on the
    /// characters) of the HTMLQuestion that <see cref="FillerFor"/> and <see cref="ToHtmlQuestion"/> make of a
    /// row. It counts both wrappers, every literal, eight bytes for each character of a value (HTML-escaping
    /// makes at most "&amp;quot;" or "&amp;#65533;" of one), and twelve more for every '&gt;' outside the values,
    /// as each "]]&gt;" grows by twelve and escaped values hold no '&gt;'.
    /// </summary>
    public static Func<IReadOnlyList<string>, long> QuestionLengthBoundFor(string html, IReadOnlyList<string> columns, int frameHeight, string parameter)
    {
        var (literals, fields) = Split(html, columns, parameter);
        var wrapped = ToHtmlQuestion(string.Empty, frameHeight);
        var fixedLength = literals.Append(wrapped).Sum(text => Encoding.UTF8.GetByteCount(text) + (12L * text.Count(c => c == '>')));
        return values =>
        {
            var bound = fixedLength;
            foreach (var field in fields)
            {
                bound += 8L * values[field].Length;
            }

            return bound;
        };
    }

    /// <summary>The HTML between its placeholders, and the column each placeholder takes its value from.</summary>
    private static (List<string> Literals, List<int> Fields) Split(string html, IReadOnlyList<string> columns, string parameter)
    {
        var literals = new List<string>();
        var fields = new List<int>();
        var end = 0;
        foreach (Match match in Placeholder().Matches(html))
        {
            var name = match.Groups["name"].Value;
            var column = Enumerable.Range(0, columns.Count).FirstOrDefault(i => columns[i] == name, -1);
            if (column < 0)
            {
                throw DomainException.InvalidParameter(parameter, $"The template uses ${{{name}}} but no value named '{name}' was given.");
            }

            literals.Add(html[end..match.Index]);
            fields.Add(column);
            end = match.Index + match.Length;
        }

        literals.Add(html[end..]);
        return (literals, fields);
    }

    /// <summary>
    /// The HTMLQuestion for filled-in task HTML. A fragment is made a page, and one without a form of its own is
    /// put in MTurk's classic form (posting to externalSubmit with the assignment ID), so a template need only
    /// hold its inputs.
    /// </summary>
    public static string ToHtmlQuestion(string filled, int frameHeight)
    {
        var content = filled;
        if (!HasFormTag(filled))
        {
            content = $"""
                <form name="mturk_form" method="post" id="mturk_form" action="https://www.mturk.com/mturk/externalSubmit">
                <input type="hidden" value="" name="assignmentId" id="assignmentId">
                {filled}
                <p><input type="submit" id="submitButton" value="Submit"></p>
                </form>
                <script src="https://s3.amazonaws.com/mturk-public/externalHIT_v1.js"></script>
                <script>turkSetAssignmentID();</script>
                """;
        }

        if (!content.TrimStart().StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) && !content.TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            content = $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{content}\n</body></html>";
        }

        // "]]>" cannot appear inside CDATA: end the section there and start another. One concatenation copies the
        // page once, which counts when a batch makes 100,000 of them.
        return string.Concat(
            [
                "<HTMLQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd\"><HTMLContent><![CDATA[",
                content.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal),
                "]]></HTMLContent><FrameHeight>",
                frameHeight.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "</FrameHeight></HTMLQuestion>",
            ]);
    }

    /// <summary>
    /// Whether the HTML holds "&lt;form" or "&lt;crowd-form" in any case: the same answer as string.Contains with
    /// OrdinalIgnoreCase (no other character folds to '&lt;'), found by jumping between '&lt;' characters, which
    /// is many times faster on the long pages of a batch.
    /// </summary>
    private static bool HasFormTag(string html)
    {
        var rest = html.AsSpan();
        for (var at = rest.IndexOf('<'); at >= 0; at = rest.IndexOf('<'))
        {
            rest = rest[at..];
            if (rest.StartsWith("<form", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<crowd-form", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            rest = rest[1..];
        }

        return false;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z0-9_][A-Za-z0-9_.\- ]{0,63})\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
