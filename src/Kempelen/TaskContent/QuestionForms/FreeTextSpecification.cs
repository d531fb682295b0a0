namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// A FreeTextAnswer, or the OtherSelection box of a SelectionAnswer (which takes the same options). Bounds are
/// null when the form does not set them.
/// </summary>
public sealed record FreeTextSpecification(
    bool IsNumeric,
    long? MinValue,
    long? MaxValue,
    int? MinLength,
    int? MaxLength,
    IReadOnlyList<AnswerFormatRegex> Regexes,
    string? DefaultText,
    int NumberOfLinesSuggestion) : AnswerSpecification;
