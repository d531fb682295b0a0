namespace Kempelen.TaskContent.QuestionForms;

/// <summary>A SelectionAnswer; <see cref="OtherSelection"/> is the optional free-text "other" box.</summary>
public sealed record SelectionSpecification(
    int MinSelectionCount,
    int MaxSelectionCount,
    SelectionStyle? StyleSuggestion,
    IReadOnlyList<Selection> Selections,
    FreeTextSpecification? OtherSelection) : AnswerSpecification;
