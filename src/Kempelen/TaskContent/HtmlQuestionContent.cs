using System.Text.RegularExpressions;

namespace Kempelen.TaskContent;

/// <summary>
/// An HTMLQuestion's document as the task origin serves it: MTurk's externalSubmit URLs and helper script URL
/// point at ours, so templates written for MTurk work unchanged (mturk-compat §10.2).
/// </summary>
public static partial class HtmlQuestionContent
{
    private static readonly string[] MTurkSubmitUrls =
    [
        "https://www.mturk.com/mturk/externalSubmit",
        "https://workersandbox.mturk.com/mturk/externalSubmit",
    ];

    public static string Rewrite(string html, string submitUrl, string helperScriptUrl)
    {
        // Replaced wherever they occur, so templates that set the action from script are covered too.
        foreach (var url in MTurkSubmitUrls)
        {
            html = html.Replace(url, submitUrl, StringComparison.OrdinalIgnoreCase);
        }

        html = html.Replace(MTurkHelperScript.WellKnownUrl, helperScriptUrl, StringComparison.OrdinalIgnoreCase);

        // A relative action would reach the task origin without the token in the path.
        return RelativeSubmitAction().Replace(html, match => match.Groups["prefix"].Value + submitUrl);
    }

    [GeneratedRegex("""(?<prefix>\baction\s*=\s*["']?)/mturk/externalSubmit(?=["'\s>])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeSubmitAction();
}
