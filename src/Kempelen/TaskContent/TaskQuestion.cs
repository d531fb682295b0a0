using System.Globalization;
using System.Xml.Linq;

namespace Kempelen.TaskContent;

/// <summary>What the task frame needs from a stored Question (already validated at CreateHIT, mturk-compat §10).</summary>
public sealed record TaskQuestion(QuestionKind Kind, int FrameHeight, string? HtmlContent, string? ExternalUrl)
{
    public static TaskQuestion Read(string question)
    {
        var kind = QuestionDocument.Validate(question);
        var root = SafeXml.Load(question, QuestionDocument.MaxBytes, LoadOptions.None).Root!;
        string? Child(string name) => root.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        var height = int.TryParse(Child("FrameHeight"), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) ? pixels : 0;
        return kind switch
        {
            QuestionKind.HtmlQuestion => new TaskQuestion(kind, height, root.Elements().First(e => e.Name.LocalName == "HTMLContent").Value, null),
            QuestionKind.ExternalQuestion => new TaskQuestion(kind, height, null, Child("ExternalURL")),

            // A QuestionForm has no FrameHeight; it gets the whole window, like FrameHeight 0.
            QuestionKind.QuestionForm => new TaskQuestion(kind, 0, null, null),
        };
    }
}
