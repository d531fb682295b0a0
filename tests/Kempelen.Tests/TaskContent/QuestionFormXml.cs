using System.Xml.Linq;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;

namespace Kempelen.Tests.TaskContent;

/// <summary>Builds QuestionForm documents for tests, piece by piece, and reads rendered fragments back.</summary>
public static class QuestionFormXml
{
    public static string Form(params string[] parts) =>
        $"<QuestionForm xmlns=\"{QuestionDocument.QuestionFormNamespace}\">{string.Concat(parts)}</QuestionForm>";

    public static string LegacyForm(params string[] parts) =>
        $"<QuestionForm xmlns=\"{QuestionDocument.LegacyQuestionFormNamespace}\">{string.Concat(parts)}</QuestionForm>";

    public static string Overview(params string[] content) => $"<Overview>{string.Concat(content)}</Overview>";

    public static string Question(string identifier, string answer, bool required = false, string content = "<Text>Question?</Text>", string? displayName = null) =>
        $"<Question><QuestionIdentifier>{identifier}</QuestionIdentifier>"
        + (displayName is null ? "" : $"<DisplayName>{displayName}</DisplayName>")
        + (required ? "<IsRequired>true</IsRequired>" : "")
        + $"<QuestionContent>{content}</QuestionContent><AnswerSpecification>{answer}</AnswerSpecification></Question>";

    public static string FreeText(string constraints = "", string settings = "") =>
        "<FreeTextAnswer>" + (constraints.Length > 0 ? $"<Constraints>{constraints}</Constraints>" : "") + settings + "</FreeTextAnswer>";

    public static string Selection(string choices, string settings = "") =>
        $"<SelectionAnswer>{settings}<Selections>{choices}</Selections></SelectionAnswer>";

    public static string Choice(string identifier, string text) =>
        $"<Selection><SelectionIdentifier>{identifier}</SelectionIdentifier><Text>{text}</Text></Selection>";

    public static string Choices(params string[] identifiers) => string.Concat(identifiers.Select(id => Choice(id, id.ToUpperInvariant())));

    public static QuestionForm Parse(params string[] parts) => QuestionForm.Parse(Form(parts));

    public static string Render(params string[] parts) => QuestionFormRenderer.Render(Parse(parts));

    /// <summary>The rendered fragment as a tree; the renderer writes HTML that is also well-formed XML.</summary>
    public static XElement Tree(string html) => XElement.Parse($"<fragment>{html}</fragment>");
}
