namespace Kempelen.TaskContent.QuestionForms;

/// <summary>Why the answer to one question cannot be accepted, in words for the worker.</summary>
public sealed record AnswerError(string QuestionIdentifier, string Message);
