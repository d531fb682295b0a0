using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;

namespace Kempelen.Qualifications;

/// <summary>
/// What came of a worker asking for a qualification: granted (with the value), waiting for the owner, a test to
/// take, or test answers refused by the test's own constraints (nothing was recorded; the answers and the errors
/// come back so the form can be shown again).
/// </summary>
public sealed record QualificationAsk(
    QualificationAskOutcome Outcome,
    QualificationType Type,
    QualificationRequest? Request,
    int? GrantedValue,
    IReadOnlyList<QuestionAnswer> Answers,
    IReadOnlyList<AnswerError> Errors);
