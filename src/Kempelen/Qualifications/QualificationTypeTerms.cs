namespace Kempelen.Qualifications;

/// <summary>
/// What a requester says about a qualification type when creating it (all that apply) or updating it (only what
/// changes; Name and Keywords cannot change). The structural rules of mturk-compat §9.5 live here.
/// </summary>
public sealed record QualificationTypeTerms(
    string? Name,
    string? Description,
    string? Keywords,
    QualificationTypeStatus? Status,
    string? Test,
    string? AnswerKey,
    long? TestDurationInSeconds,
    long? RetryDelayInSeconds,
    bool? AutoGranted,
    int? AutoGrantedValue)
{
    /// <summary>Longest time a worker may be given to answer a test: a year, like a HIT's lifetime (mturk-compat §5.4).</summary>
    public const long MaxTestDurationInSeconds = 31_536_000;

    /// <summary>
    /// Longest retry delay: a hundred years, which scripts use to mean "never again" while every instant computed
    /// from it stays a valid date.
    /// </summary>
    public const long MaxRetryDelayInSeconds = 3_153_600_000;

    internal void Validate(bool existingTest)
    {
        ValidateDurations();
        ParameterRules.RequireText("Name", Name ?? string.Empty, QualificationType.MaxNameLength);
        ParameterRules.RequireText("Description", Description ?? string.Empty, QualificationType.MaxDescriptionLength);
        ParameterRules.RequireAtMost("Keywords", Keywords, QualificationType.MaxKeywordsLength);
        if (Status is QualificationTypeStatus.Disposing)
        {
            throw DomainException.InvalidParameter("QualificationTypeStatus", "QualificationTypeStatus must be Active or Inactive.");
        }

        if (Test is not null && TestDurationInSeconds is null)
        {
            throw DomainException.InvalidParameter("TestDurationInSeconds", "A Test needs TestDurationInSeconds: how long a worker has to answer it.");
        }

        if (Test is null && !existingTest && AnswerKey is not null)
        {
            throw DomainException.InvalidParameter("AnswerKey", "An AnswerKey needs a Test to grade.");
        }

        if (Test is null && !existingTest && TestDurationInSeconds is not null)
        {
            throw DomainException.InvalidParameter("TestDurationInSeconds", "TestDurationInSeconds applies only with a Test.");
        }

        if (AutoGranted == true && (Test is not null || existingTest))
        {
            throw DomainException.InvalidParameter("AutoGranted", "A type with a Test cannot be AutoGranted: workers earn it by taking the test.");
        }

        if (AutoGranted != true && AutoGrantedValue is not null)
        {
            throw DomainException.InvalidParameter("AutoGrantedValue", "AutoGrantedValue applies only when AutoGranted is true.");
        }
    }

    /// <summary>MTurk states no bounds; a negative or endless duration would only fail later, when a worker asks.</summary>
    internal void ValidateDurations()
    {
        if (TestDurationInSeconds is { } duration)
        {
            ParameterRules.RequireWithin("TestDurationInSeconds", duration, 1, MaxTestDurationInSeconds);
        }

        if (RetryDelayInSeconds is { } delay)
        {
            ParameterRules.RequireWithin("RetryDelayInSeconds", delay, 0, MaxRetryDelayInSeconds);
        }
    }
}
