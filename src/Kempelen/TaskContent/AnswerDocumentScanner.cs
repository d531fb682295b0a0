using System.Text;
using System.Xml;

namespace Kempelen.TaskContent;

/// <summary>
/// Reads an answer document laid out exactly as <see cref="AnswerDocument.Write"/> lays it out — every stored
/// answer is — without an XML parser: the results export reads one per row, and XmlReader's setup per document
/// cost more than the rest of the row. Anything else in the document (other spacing, entities, comments, a
/// character XML cannot carry) makes it give up, and the caller reads the document with XmlReader as before, so
/// the answers read are the same either way.
/// </summary>
internal static class AnswerDocumentScanner
{
    private const string Head = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>""" + "\n<QuestionFormAnswers xmlns=\"" + AnswerDocument.Namespace + "\"";
    private static readonly string[] Parts = ["QuestionIdentifier", "FreeText", "SelectionIdentifier", "OtherSelectionText"];

    /// <summary>
    /// The elements of every Answer in order, as (name, text), each Answer's QuestionIdentifier first; null when
    /// the layout is not the writer's.
    /// </summary>
    public static List<(string Name, string Text)>? TryScan(string document)
    {
        var text = document.AsSpan();
        if (!text.StartsWith(Head, StringComparison.Ordinal))
        {
            return null;
        }

        text = text[Head.Length..];
        var elements = new List<(string, string)>();
        if (text.SequenceEqual("/>"))
        {
            return elements;
        }

        if (!Skip(ref text, ">\n"))
        {
            return null;
        }

        // Each Answer as the writer makes it: its question identifier first, then only its content.
        while (Skip(ref text, "<Answer>\n"))
        {
            var first = true;
            while (!Skip(ref text, "</Answer>\n"))
            {
                if (!TryElement(ref text, out var element) || first != (element.Name == "QuestionIdentifier"))
                {
                    return null;
                }

                elements.Add(element);
                first = false;
            }

            if (first)
            {
                return null;
            }
        }

        return text.SequenceEqual("</QuestionFormAnswers>") ? elements : null;
    }

    private static bool TryElement(ref ReadOnlySpan<char> text, out (string Name, string Text) element)
    {
        element = default;
        foreach (var name in Parts)
        {
            if (text.Length < name.Length + 3 || text[0] != '<' || !text[1..].StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text[(name.Length + 1)..];
            if (Skip(ref rest, "/>\n"))
            {
                text = rest;
                element = (name, string.Empty);
                return true;
            }

            if (!Skip(ref rest, ">"))
            {
                return false;
            }

            var end = rest.IndexOf('<');
            if (end < 0 || !TryUnescape(rest[..end], out var value))
            {
                return false;
            }

            rest = rest[end..];
            if (!Skip(ref rest, "</") || !Skip(ref rest, name) || !Skip(ref rest, ">\n"))
            {
                return false;
            }

            text = rest;
            element = (name, value);
            return true;
        }

        return false;
    }

    // The writer's escapes only; a raw carriage return would be a line break the parser normalises.
    private static bool TryUnescape(ReadOnlySpan<char> escaped, out string value)
    {
        value = string.Empty;
        if (escaped.IndexOfAny('&', '\r') < 0 && AllXmlCharacters(escaped))
        {
            value = escaped.ToString();
            return true;
        }

        var text = new StringBuilder(escaped.Length);
        while (escaped.Length > 0)
        {
            var at = escaped.IndexOfAny('&', '\r');
            if (at < 0)
            {
                at = escaped.Length;
            }

            if (!AllXmlCharacters(escaped[..at]))
            {
                return false;
            }

            text.Append(escaped[..at]);
            escaped = escaped[at..];
            if (escaped.Length == 0)
            {
                break;
            }

            if (Skip(ref escaped, "&lt;"))
            {
                text.Append('<');
            }
            else if (Skip(ref escaped, "&gt;"))
            {
                text.Append('>');
            }
            else if (Skip(ref escaped, "&amp;"))
            {
                text.Append('&');
            }
            else if (Skip(ref escaped, "&#13;"))
            {
                text.Append('\r');
            }
            else
            {
                return false;
            }
        }

        value = text.ToString();
        return true;
    }

    private static bool AllXmlCharacters(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool Skip(ref ReadOnlySpan<char> text, string expected)
    {
        if (!text.StartsWith(expected, StringComparison.Ordinal))
        {
            return false;
        }

        text = text[expected.Length..];
        return true;
    }
}
