namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// What a question asks for: <see cref="FreeTextSpecification"/>, <see cref="SelectionSpecification"/> or the
/// legacy <see cref="FileUploadSpecification"/>.
/// </summary>
public abstract record AnswerSpecification;
