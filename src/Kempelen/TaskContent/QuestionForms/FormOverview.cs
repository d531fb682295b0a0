using System.Xml.Linq;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>An Overview: content elements (Title, Text, List, Binary, FormattedContent …) rendered as they are.</summary>
public sealed record FormOverview(IReadOnlyList<XElement> Content) : QuestionFormPart;
