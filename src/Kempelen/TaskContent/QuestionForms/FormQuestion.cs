using System.Xml.Linq;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>A Question of a QuestionForm; <see cref="Content"/> holds the QuestionContent's content elements.</summary>
public sealed record FormQuestion(string Identifier, string? DisplayName, bool IsRequired, IReadOnlyList<XElement> Content, AnswerSpecification Answer)
    : QuestionFormPart;
