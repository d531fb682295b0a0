using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Kempelen.TaskContent;

/// <summary>
/// Checks a HIT's Question: well-formed XML within MTurk's size limit, an HTMLQuestion, ExternalQuestion or
/// QuestionForm by root element and namespace, with the parts each kind needs (mturk-compat §10). DTDs and
/// external entities are refused outright, so no XML bomb or file read can come through.
/// </summary>
public static class QuestionDocument
{
    public const int MaxBytes = 65_535;
    public const string HtmlQuestionNamespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd";
    public const string ExternalQuestionNamespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd";
    public const string QuestionFormNamespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd";
    public const string LegacyQuestionFormNamespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd";
    private const string Parameter = "Question";

    public static QuestionKind Validate(string question)
    {
        if (Encoding.UTF8.GetByteCount(question) > MaxBytes)
        {
            throw Invalid(question, $"The question is {Encoding.UTF8.GetByteCount(question)} bytes; the limit is {MaxBytes} bytes of UTF-8.");
        }

        var root = Parse(question).Root!;
        var ns = root.Name.NamespaceName;
        return root.Name.LocalName switch
        {
            "HTMLQuestion" when ns == HtmlQuestionNamespace => CheckHtmlQuestion(question, root),
            "ExternalQuestion" when ns == ExternalQuestionNamespace => CheckExternalQuestion(question, root),
            "QuestionForm" when ns is QuestionFormNamespace or LegacyQuestionFormNamespace => CheckQuestionForm(question, root),
            "HTMLQuestion" or "ExternalQuestion" or "QuestionForm" =>
                throw Invalid(question, $"The {root.Name.LocalName} element has the namespace '{ns}', which is not MTurk's schema for it."),
            _ => throw Invalid(question, $"The root element must be HTMLQuestion, ExternalQuestion or QuestionForm; got '{root.Name.LocalName}'."),
        };
    }

    private static XDocument Parse(string question)
    {
        try
        {
            return SafeXml.Load(question, MaxBytes, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            throw Invalid(question, $"There was an error parsing the XML question data: {exception.Message}");
        }
    }

    private static QuestionKind CheckHtmlQuestion(string question, XElement root)
    {
        var content = Child(root, "HTMLContent")?.Value;
        if (string.IsNullOrWhiteSpace(content))
        {
            throw Invalid(question, "An HTMLQuestion needs a non-empty HTMLContent element holding the task's HTML document.");
        }

        if (!content.Contains('<', StringComparison.Ordinal))
        {
            throw Invalid(question, "HTMLContent must be an HTML document; it contains no markup.");
        }

        CheckFrameHeight(question, root);
        return QuestionKind.HtmlQuestion;
    }

    private static QuestionKind CheckExternalQuestion(string question, XElement root)
    {
        var url = Child(root, "ExternalURL")?.Value.Trim();
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw Invalid(question, $"An ExternalQuestion needs an ExternalURL that is an absolute https:// URL; got '{url}'.");
        }

        CheckFrameHeight(question, root);
        return QuestionKind.ExternalQuestion;
    }

    private static QuestionKind CheckQuestionForm(string question, XElement root)
    {
        var questions = root.Elements().Where(e => e.Name.LocalName == "Question").ToList();
        if (questions.Count == 0)
        {
            throw Invalid(question, "A QuestionForm needs at least one Question element.");
        }

        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in questions)
        {
            var identifier = Child(item, "QuestionIdentifier")?.Value.Trim();
            if (string.IsNullOrEmpty(identifier))
            {
                throw Invalid(question, "Every Question of a QuestionForm needs a QuestionIdentifier.");
            }

            if (!identifiers.Add(identifier))
            {
                throw Invalid(question, $"The QuestionIdentifier '{identifier}' is used by more than one Question; each must be unique.");
            }

            if (Child(item, "QuestionContent") is null)
            {
                throw Invalid(question, $"Question '{identifier}' needs a QuestionContent element.");
            }

            var answers = Child(item, "AnswerSpecification")?.Elements()
                .Where(e => e.Name.LocalName is "FreeTextAnswer" or "SelectionAnswer" or "FileUploadAnswer")
                .ToList();
            if (answers is not { Count: 1 })
            {
                throw Invalid(question, $"Question '{identifier}' needs an AnswerSpecification with exactly one of FreeTextAnswer, SelectionAnswer or FileUploadAnswer.");
            }

            if (answers[0].Name.LocalName == "SelectionAnswer"
                && !(Child(answers[0], "Selections")?.Elements().Any(e => e.Name.LocalName is "Selection" or "OtherSelection") ?? false))
            {
                throw Invalid(question, $"The SelectionAnswer of Question '{identifier}' needs a Selections element with at least one Selection.");
            }
        }

        return QuestionKind.QuestionForm;
    }

    private static void CheckFrameHeight(string question, XElement root)
    {
        var height = Child(root, "FrameHeight")?.Value.Trim();
        if (height is null || !int.TryParse(height, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw Invalid(question, $"FrameHeight must be a whole number of pixels (0 fits the window); got '{height}'.");
        }
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    internal static DomainException Invalid(string question, string reason)
    {
        var shown = question.Length > 80 ? question[..80] + "…" : question;
        return DomainException.InvalidParameter(Parameter, $"The value \"{shown}\" is not valid for the parameter Question. {reason}");
    }
}
