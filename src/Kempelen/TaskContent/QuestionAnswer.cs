namespace Kempelen.TaskContent;

/// <summary>
/// One <c>Answer</c> of a QuestionFormAnswers document (mturk-compat §10.6): either <see cref="FreeTextAnswer"/>
/// or <see cref="SelectionAnswer"/>. File-upload answers are not supported.
/// </summary>
public abstract record QuestionAnswer(string QuestionIdentifier);
