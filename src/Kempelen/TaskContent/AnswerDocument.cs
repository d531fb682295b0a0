using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Kempelen.TaskContent;

/// <summary>
/// Writes and reads QuestionFormAnswers, the answer of every assignment (mturk-compat §10.6). Clients read it with
/// regexes and xmltodict, so the layout is MTurk's to the byte: the declaration with standalone="no", the default
/// namespace on the root, one element per line without indentation, <c>&lt;FreeText/&gt;</c> for an empty value.
/// </summary>
public static class AnswerDocument
{
    public const string Namespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>""";

    // MTurk's own parameters on an externalSubmit post; they are not answers (mturk-compat §10.4).
    private static readonly HashSet<string> ReservedFormFields = new(StringComparer.Ordinal) { "assignmentId", "hitId", "workerId", "turkSubmitTo" };

    /// <summary>
    /// The answer document of an HTML form post (HTMLQuestion, ExternalQuestion): the fields in the order the
    /// browser sent them. Every field is a free-text answer; a name sent twice (a checkbox group) is one answer
    /// with its values joined by '|' in order (mturk-compat §10.4).
    /// </summary>
    public static string FromFormPost(IEnumerable<(string Name, string Value)> fields)
    {
        var valuesByName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (name, value) in fields)
        {
            if (ReservedFormFields.Contains(name))
            {
                continue;
            }

            if (!valuesByName.TryGetValue(name, out var values))
            {
                valuesByName[name] = values = [];
                names.Add(name);
            }

            values.Add(value);
        }

        return Write(names.Select(name => new FreeTextAnswer(name, string.Join('|', valuesByName[name]))));
    }

    /// <summary>The answer document for answers with distinct question identifiers, in the order given.</summary>
    public static string Write(IEnumerable<QuestionAnswer> answers)
    {
        var all = answers.ToList();
        var xml = new StringBuilder(Declaration).Append("\n<QuestionFormAnswers xmlns=\"").Append(Namespace);
        if (all.Count == 0)
        {
            return xml.Append("\"/>").ToString();
        }

        xml.Append("\">\n");
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in all)
        {
            if (!identifiers.Add(answer.QuestionIdentifier))
            {
                throw new ArgumentException($"The question '{answer.QuestionIdentifier}' is answered twice; an answer document holds one answer per question.", nameof(answers));
            }

            xml.Append("<Answer>\n");
            AppendElement(xml, "QuestionIdentifier", answer.QuestionIdentifier);
            switch (answer)
            {
                case FreeTextAnswer freeText:
                    AppendElement(xml, "FreeText", freeText.Text);
                    break;
                case SelectionAnswer selection:
                    if (selection.SelectionIdentifiers.Count == 0 && selection.OtherSelectionText is null)
                    {
                        throw new ArgumentException($"The selection answer to '{selection.QuestionIdentifier}' has neither a selection nor other text; leave the question out instead.", nameof(answers));
                    }

                    foreach (var identifier in selection.SelectionIdentifiers)
                    {
                        AppendElement(xml, "SelectionIdentifier", identifier);
                    }

                    if (selection.OtherSelectionText is not null)
                    {
                        AppendElement(xml, "OtherSelectionText", selection.OtherSelectionText);
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown answer type {answer.GetType().Name}.", nameof(answers));
            }

            xml.Append("</Answer>\n");
        }

        return xml.Append("</QuestionFormAnswers>").ToString();
    }

    /// <summary>
    /// Only the question identifiers of a stored answer document, read without building it: the results export
    /// needs them for every row before it writes the first.
    /// </summary>
    public static IEnumerable<string> QuestionIdentifiers(string document)
    {
        if (AnswerDocumentScanner.TryScan(document) is { } elements)
        {
            return elements.Where(e => e.Name == "QuestionIdentifier").Select(e => e.Text);
        }

        return ReadQuestionIdentifiers(document);
    }

    private static IEnumerable<string> ReadQuestionIdentifiers(string document)
    {
        using var reader = SafeXml.CreateReader(document, 0);
        while (reader.ReadToFollowing("QuestionIdentifier", Namespace))
        {
            yield return reader.ReadElementContentAsString();
        }
    }

    /// <summary>
    /// Each answer of a stored document as one text, read in one forward pass for exports: free text as given,
    /// selections joined with '|' (as checkbox groups are) followed by any other-text.
    /// </summary>
    public static Dictionary<string, string> Flatten(string document)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (AnswerDocumentScanner.TryScan(document) is { } elements)
        {
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i].Name != "QuestionIdentifier")
                {
                    continue;
                }

                var end = i + 1;
                while (end < elements.Count && elements[end].Name != "QuestionIdentifier")
                {
                    end++;
                }

                answers[elements[i].Text] = string.Join('|', elements[(i + 1)..end].Select(e => e.Text));
            }

            return answers;
        }

        using var reader = SafeXml.CreateReader(document, 0);
        string? identifier = null;
        var parts = new List<string>();
        void Finish()
        {
            if (identifier is not null)
            {
                answers[identifier] = string.Join('|', parts);
            }

            (identifier, parts) = (null, []);
        }

        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Namespace
                && reader.LocalName is "QuestionIdentifier" or "FreeText" or "SelectionIdentifier" or "OtherSelectionText")
            {
                var isIdentifier = reader.LocalName == "QuestionIdentifier";

                // Reading the content moves past the element's end, so the loop must not read again.
                var text = reader.ReadElementContentAsString();
                if (isIdentifier)
                {
                    Finish();
                    identifier = text;
                }
                else
                {
                    parts.Add(text);
                }

                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "Answer")
            {
                Finish();
            }

            reader.Read();
        }

        return answers;
    }

    /// <summary>Reads an answer document back; anything that is not one (or holds file-upload answers) is a <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<QuestionAnswer> Parse(string document)
    {
        XDocument xml;
        try
        {
            // Whitespace is part of an answer; the writer escapes carriage returns so they survive too.
            xml = SafeXml.Load(document, 0, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            throw new FormatException($"The answer document is not well-formed XML: {exception.Message}", exception);
        }

        XNamespace ns = Namespace;
        if (xml.Root is not { } root || root.Name != ns + "QuestionFormAnswers")
        {
            throw new FormatException($"The root element must be QuestionFormAnswers in the namespace {Namespace}; got '{xml.Root?.Name}'.");
        }

        var answers = new List<QuestionAnswer>();
        foreach (var answer in root.Elements())
        {
            if (answer.Name != ns + "Answer")
            {
                throw new FormatException($"QuestionFormAnswers holds only Answer elements; got '{answer.Name.LocalName}'.");
            }

            answers.Add(ParseAnswer(answer, ns));
        }

        return answers;
    }

    private static QuestionAnswer ParseAnswer(XElement answer, XNamespace ns)
    {
        var parts = answer.Elements().ToList();
        if (parts.Count == 0 || parts[0].Name != ns + "QuestionIdentifier")
        {
            throw new FormatException("Every Answer starts with a QuestionIdentifier.");
        }

        var identifier = parts[0].Value;
        var content = parts.Skip(1).ToList();
        if (content is [var freeText] && freeText.Name == ns + "FreeText")
        {
            return new FreeTextAnswer(identifier, freeText.Value);
        }

        var selections = content.TakeWhile(e => e.Name == ns + "SelectionIdentifier").Select(e => e.Value).ToList();
        var rest = content.Skip(selections.Count).ToList();
        if (rest is [] && selections.Count > 0)
        {
            return new SelectionAnswer(identifier, selections, null);
        }

        if (rest is [var other] && other.Name == ns + "OtherSelectionText")
        {
            return new SelectionAnswer(identifier, selections, other.Value);
        }

        throw new FormatException(
            $"The Answer to '{identifier}' must hold FreeText, or SelectionIdentifier elements and an optional OtherSelectionText; got {string.Join(", ", content.Select(e => e.Name.LocalName))}.");
    }

    private static void AppendElement(StringBuilder xml, string name, string text)
    {
        xml.Append('<').Append(name);
        if (text.Length == 0)
        {
            xml.Append("/>\n");
            return;
        }

        xml.Append('>');
        AppendEscaped(xml, text);
        xml.Append("</").Append(name).Append(">\n");
    }

    // Escaped text, not CDATA (mturk-compat §10.6). A carriage return is written as &#13; because a parser turns a
    // literal one into a line feed, and browsers send textarea line breaks as CR LF. Characters XML 1.0 cannot
    // carry at all (most control characters, lone surrogates, U+FFFE, U+FFFF) are dropped rather than making
    // the whole document unreadable.
    private static void AppendEscaped(StringBuilder xml, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<':
                    xml.Append("&lt;");
                    break;
                case '>':
                    xml.Append("&gt;");
                    break;
                case '&':
                    xml.Append("&amp;");
                    break;
                case '\r':
                    xml.Append("&#13;");
                    break;
                default:
                    if (XmlConvert.IsXmlChar(c))
                    {
                        xml.Append(c);
                    }
                    else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
                    {
                        xml.Append(c).Append(text[i + 1]);
                        i++;
                    }

                    break;
            }
        }
    }
}
