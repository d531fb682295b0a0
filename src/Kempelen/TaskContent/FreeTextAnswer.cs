namespace Kempelen.TaskContent;

/// <summary>A free-text answer; every field of an HTML form post is one, and an empty text is still an answer.</summary>
public sealed record FreeTextAnswer(string QuestionIdentifier, string Text) : QuestionAnswer(QuestionIdentifier);
