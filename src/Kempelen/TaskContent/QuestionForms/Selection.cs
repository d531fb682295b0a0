using System.Xml.Linq;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>One choice of a SelectionAnswer; <see cref="Content"/> is its Text, FormattedContent or Binary element.</summary>
public sealed record Selection(string Identifier, XElement Content);
