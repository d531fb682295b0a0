using System.Text.RegularExpressions;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// An AnswerFormatRegex constraint. MTurk checks it in the worker's browser with JavaScript, as a search (the
/// documented examples anchor with ^ and $ themselves), so the server uses ECMAScript semantics and IsMatch.
/// </summary>
public sealed class AnswerFormatRegex
{
    // A requester's pattern meets a worker's text: bound the backtracking either of them can cause.
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Regex _regex;

    private AnswerFormatRegex(string pattern, string? errorText, bool ignoreCase, Regex regex)
    {
        Pattern = pattern;
        ErrorText = errorText;
        IgnoreCase = ignoreCase;
        _regex = regex;
    }

    public string Pattern { get; }

    /// <summary>The requester's message for a mismatch; MTurk shows "Invalid input supplied." without one.</summary>
    public string? ErrorText { get; }

    public bool IgnoreCase { get; }

    /// <summary>The constraint, or null when the pattern is not a regular expression we can run.</summary>
    public static AnswerFormatRegex? TryCreate(string pattern, string? errorText, string? flags)
    {
        var ignoreCase = flags?.Contains('i', StringComparison.Ordinal) ?? false;
        var options = RegexOptions.ECMAScript | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new AnswerFormatRegex(pattern, errorText, ignoreCase, new Regex(pattern, options, MatchTimeout));
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (IndexOutOfRangeException)
        {
            // .NET's parser in ECMAScript mode throws this instead of a parse error for a pattern ending in "[^"
            // (the ScanCharClass bugs of dotnet/corefx#41546); it is still just a pattern we cannot run.
            return null;
        }
    }

    /// <exception cref="RegexMatchTimeoutException">The text took longer than <see cref="MatchTimeout"/> to check.</exception>
    public bool IsMatch(string text) => _regex.IsMatch(text);
}
