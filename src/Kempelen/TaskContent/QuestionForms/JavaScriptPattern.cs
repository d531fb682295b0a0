namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// Translates an AnswerFormatRegex into an HTML <c>pattern</c> attribute when that is safe. Browsers compile a
/// pattern as <c>new RegExp("^(?:" + pattern + ")$", "v")</c>, a whole-value match in the strict "v" mode, while
/// MTurk searched the value (RegExp.test). So the translation lets anything surround the regex, and a regex that
/// uses syntax the "v" mode refuses, or needs the i flag, gets no pattern at all: the browser would ignore it, and
/// the server checks every answer anyway.
/// </summary>
internal static class JavaScriptPattern
{
    private const string SyntaxCharacters = @"^$\.*+?()[]{}|/";
    private const string ClassEscapes = "dDwWsS";
    private const string ControlEscapes = "nrtfv";

    // Inside a "v" class these are reserved when doubled, and these must be escaped on their own.
    private const string DoublePunctuators = "&!#$%*+,.:;<=>?@^`~";
    private const string ClassSyntaxCharacters = "()[]{}/|";
    private const string ClassPunctuatorEscapes = "&-!#%,:;<=>@`~";

    public static string? From(AnswerFormatRegex regex) =>
        !regex.IgnoreCase && IsValidInVMode(regex.Pattern) ? @"[\s\S]*(?:" + regex.Pattern + @")[\s\S]*" : null;

    // A conservative reading of the ECMAScript grammar with the v flag: what it accepts is valid there; some valid
    // patterns (backreferences, Unicode property escapes, nested classes) are refused to keep this short.
    private static bool IsValidInVMode(string pattern)
    {
        // Only characters, classes, escapes other than \b and \B, and groups other than lookarounds take a quantifier.
        var quantifiable = false;
        var lookarounds = new Stack<bool>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            int length;
            switch (c)
            {
                case '\\':
                    length = EscapeLength(pattern, i, inClass: false);
                    quantifiable = length > 0 && pattern[i + 1] is not ('b' or 'B');
                    break;
                case '[':
                    length = ClassLength(pattern, i);
                    quantifiable = true;
                    break;
                case '(':
                    length = GroupOpeningLength(pattern, i);
                    lookarounds.Push(length > 2 && (pattern[i + 2] is '=' or '!' || (pattern[i + 2] == '<' && pattern[i + 3] is '=' or '!')));
                    quantifiable = false;
                    break;
                case ')':
                    if (lookarounds.Count == 0)
                    {
                        return false;
                    }

                    length = 1;
                    quantifiable = !lookarounds.Pop();
                    break;
                case '*' or '+' or '?' or '{':
                    length = !quantifiable ? 0 : c == '{' ? QuantifierLength(pattern, i) : 1;
                    if (length > 0 && i + length < pattern.Length && pattern[i + length] == '?')
                    {
                        length++;
                    }

                    quantifiable = false;
                    break;
                case '}' or ']':
                    length = 0;
                    break;
                case '^' or '$' or '|':
                    length = 1;
                    quantifiable = false;
                    break;
                default:
                    length = 1;
                    quantifiable = true;
                    break;
            }

            if (length == 0)
            {
                return false;
            }

            i += length;
        }

        return lookarounds.Count == 0;
    }

    private static int EscapeLength(string pattern, int at, bool inClass)
    {
        if (at + 1 >= pattern.Length)
        {
            return 0;
        }

        var c = pattern[at + 1];
        if (SyntaxCharacters.Contains(c, StringComparison.Ordinal)
            || ClassEscapes.Contains(c, StringComparison.Ordinal)
            || ControlEscapes.Contains(c, StringComparison.Ordinal)
            || (inClass && ClassPunctuatorEscapes.Contains(c, StringComparison.Ordinal))
            || (!inClass && c is 'b' or 'B'))
        {
            return 2;
        }

        return c switch
        {
            'u' when HexDigits(pattern, at + 2, 4) => 6,
            'x' when HexDigits(pattern, at + 2, 2) => 4,
            _ => 0,
        };
    }

    private static int ClassLength(string pattern, int at)
    {
        var i = at + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        var previousIsCharacter = false;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == ']')
            {
                return i + 1 - at;
            }

            if (c == '\\')
            {
                var length = EscapeLength(pattern, i, inClass: true);
                if (length == 0)
                {
                    return 0;
                }

                previousIsCharacter = !ClassEscapes.Contains(pattern[i + 1], StringComparison.Ordinal);
                i += length;
                continue;
            }

            if (ClassSyntaxCharacters.Contains(c, StringComparison.Ordinal)
                || (DoublePunctuators.Contains(c, StringComparison.Ordinal) && i + 1 < pattern.Length && pattern[i + 1] == c))
            {
                return 0;
            }

            if (c == '-')
            {
                // Only as a range between two single characters: a-z, not -a, a-, \d-z or a-z-0.
                if (!previousIsCharacter
                    || i + 1 >= pattern.Length
                    || pattern[i + 1] is ']' or '-' or '\\'
                    || ClassSyntaxCharacters.Contains(pattern[i + 1], StringComparison.Ordinal))
                {
                    return 0;
                }

                i += 2;
                previousIsCharacter = false;
                continue;
            }

            previousIsCharacter = true;
            i++;
        }

        return 0;
    }

    private static int GroupOpeningLength(string pattern, int at)
    {
        var rest = pattern.AsSpan(at);
        if (!rest.StartsWith("(?", StringComparison.Ordinal))
        {
            return 1;
        }

        foreach (var opening in new[] { "(?:", "(?=", "(?!", "(?<=", "(?<!" })
        {
            if (rest.StartsWith(opening, StringComparison.Ordinal))
            {
                return opening.Length;
            }
        }

        // A named group, (?<name>…).
        if (rest.StartsWith("(?<", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('>');
            var name = end > 3 ? rest[3..end] : [];
            if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.ToString().All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return end + 1;
            }
        }

        return 0;
    }

    private static int QuantifierLength(string pattern, int at)
    {
        var i = at + 1;
        var digits = CountDigits(pattern, i);
        if (digits == 0)
        {
            return 0;
        }

        i += digits;
        if (i < pattern.Length && pattern[i] == ',')
        {
            i++;
            i += CountDigits(pattern, i);
        }

        return i < pattern.Length && pattern[i] == '}' ? i + 1 - at : 0;
    }

    private static int CountDigits(string pattern, int from)
    {
        var i = from;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
        {
            i++;
        }

        return i - from;
    }

    private static bool HexDigits(string pattern, int from, int count) =>
        from + count <= pattern.Length && pattern.Substring(from, count).All(char.IsAsciiHexDigit);
}
