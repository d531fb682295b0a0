using System.Globalization;
using System.Xml.Linq;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// A QuestionForm read into what the worker app needs: the parts to render and each question's answer
/// specification to check answers against (mturk-compat §10.5). Both the 2017-11-06 and the legacy 2005-10-01
/// namespaces are read the same way, by element name.
/// </summary>
public sealed class QuestionForm
{
    private QuestionForm(IReadOnlyList<QuestionFormPart> parts) => Parts = parts;

    public IReadOnlyList<QuestionFormPart> Parts { get; }

    public IEnumerable<FormQuestion> Questions => Parts.OfType<FormQuestion>();

    /// <summary>
    /// Reads a QuestionForm. Anything <see cref="QuestionDocument.Validate"/> refuses, and values the schema does
    /// not allow (a count that is not a whole number, an unknown StyleSuggestion, a repeated SelectionIdentifier),
    /// raise the same InvalidParameterValue refusal for the Question parameter.
    /// </summary>
    public static QuestionForm Parse(string question)
    {
        if (QuestionDocument.Validate(question) != QuestionKind.QuestionForm)
        {
            throw QuestionDocument.Invalid(question, "A QuestionForm is needed here; got an HTMLQuestion or ExternalQuestion.");
        }

        var root = SafeXml.Load(question, QuestionDocument.MaxBytes, LoadOptions.None).Root!;
        var parts = new List<QuestionFormPart>();
        foreach (var part in root.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "Overview":
                    parts.Add(new FormOverview(part.Elements().ToList()));
                    break;
                case "Question":
                    parts.Add(ReadQuestion(question, part));
                    break;
            }
        }

        return new QuestionForm(parts);
    }

    private static FormQuestion ReadQuestion(string question, XElement element)
    {
        var identifier = Child(element, "QuestionIdentifier")!.Value.Trim();
        var required = Child(element, "IsRequired")?.Value.Trim() switch
        {
            null or "false" or "0" => false,
            "true" or "1" => true,
            var other => throw QuestionDocument.Invalid(question, $"IsRequired of Question '{identifier}' must be true or false; got '{other}'."),
        };
        var specification = Child(element, "AnswerSpecification")!.Elements()
            .First(e => e.Name.LocalName is "FreeTextAnswer" or "SelectionAnswer" or "FileUploadAnswer");
        AnswerSpecification answer = specification.Name.LocalName switch
        {
            "FreeTextAnswer" => ReadFreeText(question, identifier, specification),
            "SelectionAnswer" => ReadSelection(question, identifier, specification),
            _ => new FileUploadSpecification(),
        };
        return new FormQuestion(
            identifier,
            Child(element, "DisplayName")?.Value.Trim(),
            required,
            Child(element, "QuestionContent")!.Elements().ToList(),
            answer);
    }

    private static FreeTextSpecification ReadFreeText(string question, string identifier, XElement element)
    {
        var constraints = Child(element, "Constraints");
        var numeric = constraints is null ? null : Child(constraints, "IsNumeric");
        var length = constraints is null ? null : Child(constraints, "Length");
        var regexes = constraints?.Elements()
            .Where(e => e.Name.LocalName == "AnswerFormatRegex")
            .Select(e => ReadRegex(question, identifier, e))
            .OfType<AnswerFormatRegex>()
            .ToList() ?? [];
        return new FreeTextSpecification(
            numeric is not null,
            ReadWholeNumber(question, identifier, numeric?.Attribute("minValue")?.Value, "minValue", long.MinValue, long.MaxValue),
            ReadWholeNumber(question, identifier, numeric?.Attribute("maxValue")?.Value, "maxValue", long.MinValue, long.MaxValue),
            ReadCount(question, identifier, length?.Attribute("minLength")?.Value, "minLength", 0),
            ReadCount(question, identifier, length?.Attribute("maxLength")?.Value, "maxLength", 1),
            regexes,
            Child(element, "DefaultText")?.Value,
            ReadCount(question, identifier, Child(element, "NumberOfLinesSuggestion")?.Value, "NumberOfLinesSuggestion", 1) ?? 1);
    }

    private static AnswerFormatRegex? ReadRegex(string question, string identifier, XElement element)
    {
        var pattern = element.Attribute("regex")?.Value
            ?? throw QuestionDocument.Invalid(question, $"Every AnswerFormatRegex of Question '{identifier}' needs a regex attribute.");

        // MTurk never compiles the pattern on the server; a browser that cannot either simply does not check it,
        // so a pattern we cannot run is dropped rather than making a published HIT unusable.
        return AnswerFormatRegex.TryCreate(pattern, element.Attribute("errorText")?.Value, element.Attribute("flags")?.Value);
    }

    private static SelectionSpecification ReadSelection(string question, string identifier, XElement element)
    {
        var style = Child(element, "StyleSuggestion")?.Value.Trim() switch
        {
            null => (SelectionStyle?)null,
            "radiobutton" => SelectionStyle.RadioButton,
            "checkbox" => SelectionStyle.Checkbox,
            "list" => SelectionStyle.List,
            "dropdown" => SelectionStyle.Dropdown,
            "combobox" => SelectionStyle.Combobox,
            "multichooser" => SelectionStyle.Multichooser,
            var other => throw QuestionDocument.Invalid(
                question,
                $"StyleSuggestion of Question '{identifier}' must be radiobutton, checkbox, list, dropdown, combobox or multichooser; got '{other}'."),
        };

        var selections = new List<Selection>();
        FreeTextSpecification? otherSelection = null;
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Child(element, "Selections")!.Elements())
        {
            if (item.Name.LocalName == "OtherSelection")
            {
                otherSelection = ReadFreeText(question, identifier, item);
                continue;
            }

            if (item.Name.LocalName != "Selection")
            {
                continue;
            }

            var selection = Child(item, "SelectionIdentifier")?.Value.Trim();
            if (string.IsNullOrEmpty(selection) || !identifiers.Add(selection))
            {
                throw QuestionDocument.Invalid(
                    question,
                    $"Every Selection of Question '{identifier}' needs its own non-empty SelectionIdentifier; got '{selection}'.");
            }

            var content = item.Elements().FirstOrDefault(e => e.Name.LocalName is "Text" or "FormattedContent" or "Binary")
                ?? throw QuestionDocument.Invalid(question, $"Selection '{selection}' of Question '{identifier}' needs a Text, FormattedContent or Binary element.");
            selections.Add(new Selection(selection, content));
        }

        return new SelectionSpecification(
            ReadCount(question, identifier, Child(element, "MinSelectionCount")?.Value, "MinSelectionCount", 0) ?? 1,
            ReadCount(question, identifier, Child(element, "MaxSelectionCount")?.Value, "MaxSelectionCount", 1) ?? 1,
            style,
            selections,
            otherSelection);
    }

    private static int? ReadCount(string question, string identifier, string? value, string name, int minimum) =>
        (int?)ReadWholeNumber(question, identifier, value, name, minimum, int.MaxValue);

    private static long? ReadWholeNumber(string question, string identifier, string? value, string name, long minimum, long maximum)
    {
        if (value is null)
        {
            return null;
        }

        if (!long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            var allowed = minimum == long.MinValue ? "a whole number" : string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {minimum}");
            throw QuestionDocument.Invalid(question, $"{name} of Question '{identifier}' must be {allowed}; got '{value}'.");
        }

        return number;
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
