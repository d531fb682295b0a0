using Kempelen.TaskContent.QuestionForms;

namespace Kempelen.Qualifications;

/// <summary>A qualification test is a QuestionForm (mturk-compat §9.5, §10.5), and an answer key must fit the test it grades.</summary>
public static class QualificationTest
{
    private const string Parameter = "Test";

    /// <summary>
    /// Refuses a test that is not a valid QuestionForm, naming the Test parameter as MTurk does (§3.3), and an
    /// answer key that does not fit it.
    /// </summary>
    public static void Validate(string test, string? answerKey)
    {
        try
        {
            QuestionForm.Parse(test);
        }
        catch (DomainException refusal) when (refusal.Parameter == "Question")
        {
            // QuestionForm reads HIT questions too and names that parameter; here the same XML arrived as Test.
            throw DomainException.InvalidParameter(
                Parameter,
                refusal.Message.Replace("for the parameter Question.", "for the parameter Test.", StringComparison.Ordinal));
        }

        if (answerKey is not null)
        {
            AnswerKey.Parse(answerKey, test);
        }
    }
}
