namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// A legacy (2005-10-01) FileUploadAnswer. MTurk stopped accepting them on 2017-12-12 and Kempelen stores no
/// files, so such a question is shown as unsupported and cannot be answered.
/// </summary>
public sealed record FileUploadSpecification : AnswerSpecification;
