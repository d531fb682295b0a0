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
    /// The HTMLQuestion for filled-in task HTML. A fragment is made a page, and one without a form of its own is
    /// put in MTurk's classic form (posting to externalSubmit with the assignment ID), so a template need only
    /// hold its inputs.
    /// </summary>
    public static string ToHtmlQuestion(string filled, int frameHeight)
    {
        var content = filled;
        if (!filled.Contains("<form", StringComparison.OrdinalIgnoreCase) && !filled.Contains("<crowd-form", StringComparison.OrdinalIgnoreCase))
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

        var xml = new StringBuilder("<HTMLQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd\"><HTMLContent><![CDATA[");

        // "]]>" cannot appear inside CDATA: end the section there and start another.
        xml.Append(content.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
        xml.Append("]]></HTMLContent><FrameHeight>").Append(frameHeight.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</FrameHeight></HTMLQuestion>");
        return xml.ToString();
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z0-9_][A-Za-z0-9_.\- ]{0,63})\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
