namespace Kempelen.Qualifications;

public enum QualificationAskOutcome
{
    Granted,
    Pending,
    TakingTest,
    AnswersRefused,
}
