using System.Diagnostics;
using System.Globalization;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// Renders a QuestionForm as the body of an HTML form; the caller wraps it in its own <c>&lt;form&gt;</c> with the
/// anti-forgery token and the submit button. Field names are the QuestionIdentifiers (the "other" box of a
/// selection is <c>&lt;id&gt;.other</c>), which <see cref="QuestionFormSubmission"/> reads back. Element ids are
/// <c>qf-&lt;n&gt;…</c> by question number, so any identifier is safe to use. The browser checks what HTML can
/// express; <see cref="QuestionFormValidator"/> checks everything again on the server.
/// </summary>
public static class QuestionFormRenderer
{
    public const string OtherSuffix = ".other";

    // MTurk's message for a failed AnswerFormatRegex without errorText (QuestionForm data structure docs).
    internal const string DefaultRegexError = "Invalid input supplied.";

    // Whole or decimal numbers: MTurk's IsNumeric accepts "a 3-digit number that includes decimals".
    private const string NumberPattern = @"[+\-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)";

    public static string Render(QuestionForm form) => Render(form, [], []);

    /// <summary>
    /// Renders the form again after <see cref="QuestionFormValidator"/> refused a submission: the worker's answers
    /// fill the controls (instead of DefaultText), and each question's errors appear above its control, which is
    /// marked invalid and described by them.
    /// </summary>
    public static string Render(QuestionForm form, IReadOnlyList<QuestionAnswer> answers, IReadOnlyList<AnswerError> errors)
    {
        var html = new HtmlWriter();
        var number = 0;
        foreach (var part in form.Parts)
        {
            switch (part)
            {
                case FormOverview overview:
                    html.Start("section", ("class", "overview")).Line();
                    ContentRenderer.WriteBlocks(html, overview.Content);
                    html.End("section").Line();
                    break;
                case FormQuestion question:
                    number++;
                    WriteQuestion(
                        html,
                        question,
                        string.Create(CultureInfo.InvariantCulture, $"qf-{number}"),
                        answers.FirstOrDefault(a => a.QuestionIdentifier == question.Identifier),
                        [.. errors.Where(e => e.QuestionIdentifier == question.Identifier).Select(e => e.Message)]);
                    break;
                default:
                    throw new UnreachableException($"Unknown QuestionForm part {part.GetType().Name}.");
            }
        }

        return html.ToString();
    }

    private static void WriteQuestion(HtmlWriter html, FormQuestion question, string id, QuestionAnswer? answer, List<string> errors)
    {
        html.Start("section", ("class", "question")).Line();
        if (!string.IsNullOrEmpty(question.DisplayName))
        {
            html.Element("h2", question.DisplayName).Line();
        }

        var contentId = id + "-content";
        html.Start("div", ("class", "question-content"), ("id", contentId)).Line();
        ContentRenderer.WriteBlocks(html, question.Content);
        html.End("div").Line();
        var describedBy = contentId;
        if (errors.Count > 0)
        {
            describedBy += " " + id + "-errors";
            html.Start("ul", ("class", "errors"), ("id", id + "-errors")).Line();
            foreach (var error in errors)
            {
                html.Element("li", error).Line();
            }

            html.End("ul").Line();
        }

        var invalid = errors.Count > 0 ? "true" : null;
        switch (question.Answer)
        {
            case FreeTextSpecification freeText:
                html.Element("label", Required("Your answer", question.IsRequired), ("for", id)).Line();
                var text = (answer as FreeTextAnswer)?.Text ?? freeText.DefaultText;
                WriteTextBox(html, freeText, id, question.Identifier, describedBy, question.IsRequired, text, invalid);
                html.Line();
                break;
            case SelectionSpecification selection when UsesSelectElement(selection):
                WriteSelect(html, question, selection, id, describedBy, answer as SelectionAnswer, invalid);
                break;
            case SelectionSpecification selection:
                WriteChoices(html, question, selection, id, describedBy, answer as SelectionAnswer, invalid);
                break;
            case FileUploadSpecification:
                html.Element("p", "This question asks for a file upload, which Kempelen does not support.").Line();
                break;
            default:
                throw new UnreachableException($"Unknown answer specification {question.Answer.GetType().Name}.");
        }

        html.End("section").Line();
    }

    private static void WriteTextBox(HtmlWriter html, FreeTextSpecification spec, string id, string name, string? describedBy, bool required, string? value, string? invalid)
    {
        // A textarea cannot carry a pattern; the server checks the regex either way.
        var multiline = spec.NumberOfLinesSuggestion > 1;
        var regexPattern = !multiline && spec.Regexes.Count == 1 ? JavaScriptPattern.From(spec.Regexes[0]) : null;
        var pattern = regexPattern ?? (!multiline && spec.IsNumeric && spec.Regexes.Count == 0 ? NumberPattern : null);
        var title = regexPattern is not null ? spec.Regexes[0].ErrorText ?? DefaultRegexError : pattern is not null ? "Enter a number." : null;
        (string, string?)[] common =
        [
            ("id", id),
            ("name", name),
            ("aria-describedby", describedBy),
            ("aria-invalid", invalid),
            ("required", required ? "" : null),
            ("inputmode", spec.IsNumeric ? "decimal" : null),
            ("min", Invariant(spec.MinValue)),
            ("max", Invariant(spec.MaxValue)),
            ("minlength", Invariant(spec.MinLength)),
            ("maxlength", Invariant(spec.MaxLength)),
        ];
        if (multiline)
        {
            html.Start("textarea", [.. common, ("rows", Invariant(spec.NumberOfLinesSuggestion))]);

            // The HTML parser drops one line break right after <textarea>; keep the text's own.
            if (value is ['\n' or '\r', ..])
            {
                html.Line();
            }

            html.Text(value ?? "").End("textarea");
            return;
        }

        html.Void("input", [("type", "text"), .. common, ("pattern", pattern), ("title", title), ("value", value)]);
    }

    // A <select> cannot show formatted content or images, so those keep their radio buttons or checkboxes.
    private static bool UsesSelectElement(SelectionSpecification selection) =>
        selection.StyleSuggestion is SelectionStyle.List or SelectionStyle.Dropdown or SelectionStyle.Combobox or SelectionStyle.Multichooser
        && selection.Selections.All(s => s.Content.Name.LocalName == "Text");

    private static void WriteSelect(HtmlWriter html, FormQuestion question, SelectionSpecification selection, string id, string describedBy, SelectionAnswer? answer, string? invalid)
    {
        var multiple = selection.MaxSelectionCount > 1;
        html.Element("label", Required(ChoiceHint(selection), question.IsRequired), ("for", id)).Line();
        html.Start(
            "select",
            ("id", id),
            ("name", question.Identifier),
            ("aria-describedby", describedBy),
            ("aria-invalid", invalid),
            ("multiple", multiple ? "" : null),
            ("required", question.IsRequired && selection.OtherSelection is null ? "" : null)).Line();
        if (!multiple)
        {
            // Without an empty first option a single select always answers, and "required" could never fail.
            html.Element("option", "Choose one", ("value", "")).Line();
        }

        foreach (var choice in selection.Selections)
        {
            html.Element("option", choice.Content.Value.Trim(), ("value", choice.Identifier), ("selected", Chosen(answer, choice))).Line();
        }

        html.End("select").Line();
        WriteOther(html, question, selection, id, answer, invalid);
    }

    private static void WriteChoices(HtmlWriter html, FormQuestion question, SelectionSpecification selection, string id, string describedBy, SelectionAnswer? answer, string? invalid)
    {
        var type = selection.MaxSelectionCount > 1 ? "checkbox" : "radio";

        // A required radio group makes the browser insist on a choice, unless "other" text may be the answer.
        var required = type == "radio" && question.IsRequired && selection.OtherSelection is null ? "" : null;
        html.Start("fieldset", ("aria-describedby", describedBy)).Line();
        html.Element("legend", Required(ChoiceHint(selection), question.IsRequired)).Line();
        var number = 0;
        foreach (var choice in selection.Selections)
        {
            var choiceId = string.Create(CultureInfo.InvariantCulture, $"{id}-{++number}");
            html.Start("div")
                .Void(
                    "input",
                    ("type", type),
                    ("id", choiceId),
                    ("name", question.Identifier),
                    ("value", choice.Identifier),
                    ("checked", Chosen(answer, choice)),
                    ("required", required),
                    ("aria-invalid", invalid))
                .Start("label", ("for", choiceId));
            ContentRenderer.WriteInline(html, choice.Content);
            html.End("label").End("div").Line();
        }

        WriteOther(html, question, selection, id, answer, invalid);
        html.End("fieldset").Line();
    }

    private static void WriteOther(HtmlWriter html, FormQuestion question, SelectionSpecification selection, string id, SelectionAnswer? answer, string? invalid)
    {
        if (selection.OtherSelection is null)
        {
            return;
        }

        var otherId = id + "-other";
        html.Start("div").Element("label", "Other:", ("for", otherId));
        var text = answer?.OtherSelectionText ?? selection.OtherSelection.DefaultText;
        WriteTextBox(html, selection.OtherSelection, otherId, question.Identifier + OtherSuffix, null, required: false, text, invalid);
        html.End("div").Line();
    }

    private static string? Chosen(SelectionAnswer? answer, Selection choice) =>
        answer is not null && answer.SelectionIdentifiers.Contains(choice.Identifier, StringComparer.Ordinal) ? "" : null;

    private static string ChoiceHint(SelectionSpecification selection) =>
        (selection.MinSelectionCount, selection.MaxSelectionCount) switch
        {
            (_, 1) => "Choose one",
            (0, var max) => string.Create(CultureInfo.InvariantCulture, $"Choose up to {max}"),
            var (min, max) when min == max => string.Create(CultureInfo.InvariantCulture, $"Choose {min}"),
            var (min, max) => string.Create(CultureInfo.InvariantCulture, $"Choose {min} to {max}"),
        };

    private static string Required(string label, bool required) => required ? label + " (required)" : label;

    private static string? Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
