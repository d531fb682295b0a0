using System.Globalization;
using Kempelen.Accounts;

namespace Kempelen.Qualifications;

/// <summary>
/// A requester's qualification type (mturk-compat §9.5): a name unique among the owner's types, how workers earn
/// it (a test, an answer key that grades it, or automatic granting) and whether they may ask for it now.
/// </summary>
public sealed class QualificationType
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 2000;
    public const int MaxKeywordsLength = 1000;

    private QualificationType()
    {
        Name = NormalizedName = Description = string.Empty;
    }

    public QualificationTypeId Id { get; private set; }

    public RequesterId OwnerId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Upper-cased name: names are unique per owner regardless of case.</summary>
    public string NormalizedName { get; private set; }

    public string Description { get; private set; }

    public string? Keywords { get; private set; }

    public QualificationTypeStatus Status { get; private set; }

    /// <summary>The QuestionForm a worker answers to earn the type, if any.</summary>
    public string? Test { get; private set; }

    public string? AnswerKey { get; private set; }

    public long? TestDurationInSeconds { get; private set; }

    /// <summary>Null: a worker may ask once, ever.</summary>
    public long? RetryDelayInSeconds { get; private set; }

    public bool AutoGranted { get; private set; }

    public int AutoGrantedValue { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? DisposingSince { get; private set; }

    public int Version { get; private set; }

    /// <summary>Every requester-created type may be requested; system types are not stored as rows.</summary>
    public bool IsRequestable => true;

    public bool RetriesAllowed => RetryDelayInSeconds is not null;

    public static QualificationType Create(RequesterId owner, QualificationTypeTerms terms, DateTime now)
    {
        terms.Validate(existingTest: false);
        return new QualificationType
        {
            Id = QualificationTypeId.New(),
            OwnerId = owner,
            Name = terms.Name!.Trim(),
            NormalizedName = Normalize(terms.Name),
            Description = terms.Description!.Trim(),
            Keywords = terms.Keywords?.Trim(),
            Status = terms.Status ?? QualificationTypeStatus.Active,
            Test = terms.Test,
            AnswerKey = terms.AnswerKey,
            TestDurationInSeconds = terms.TestDurationInSeconds,
            RetryDelayInSeconds = terms.RetryDelayInSeconds,
            AutoGranted = terms.AutoGranted ?? false,
            AutoGrantedValue = terms.AutoGrantedValue ?? 1,
            CreatedAt = now,
        };
    }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    /// <summary>
    /// UpdateQualificationType (mturk-compat §9.5): retries may be enabled or re-timed but not disabled; a test may
    /// be replaced but not removed, and a new test replaces the answer key; a type with a test cannot be
    /// auto-granted.
    /// </summary>
    public void Update(QualificationTypeTerms changes)
    {
        EnsureNotDisposing();
        changes.ValidateDurations();
        if (changes.Description is not null)
        {
            ParameterRules.RequireText("Description", changes.Description, MaxDescriptionLength);
            Description = changes.Description.Trim();
        }

        if (changes.Status is { } status)
        {
            Status = status;
        }

        if (changes.Test is not null)
        {
            if (changes.TestDurationInSeconds is null)
            {
                throw DomainException.InvalidParameter("TestDurationInSeconds", "A new Test needs TestDurationInSeconds.");
            }

            Test = changes.Test;
            AnswerKey = changes.AnswerKey;
            TestDurationInSeconds = changes.TestDurationInSeconds;
        }
        else if (changes.AnswerKey is not null)
        {
            if (Test is null)
            {
                throw DomainException.InvalidParameter("AnswerKey", "An AnswerKey needs a Test to grade; this type has none.");
            }

            AnswerKey = changes.AnswerKey;
        }
        else if (changes.TestDurationInSeconds is { } duration)
        {
            if (Test is null)
            {
                throw DomainException.InvalidParameter("TestDurationInSeconds", "TestDurationInSeconds applies only to a type with a Test.");
            }

            TestDurationInSeconds = duration;
        }

        if (changes.RetryDelayInSeconds is { } delay)
        {
            RetryDelayInSeconds = delay;
        }

        if (changes.AutoGranted is { } autoGranted)
        {
            AutoGranted = autoGranted;
        }

        if (changes.AutoGrantedValue is { } value)
        {
            AutoGrantedValue = value;
        }

        if (AutoGranted && Test is not null)
        {
            throw DomainException.InvalidParameter("AutoGranted", "A type with a Test cannot be AutoGranted: workers earn it by taking the test.");
        }

        Version++;
    }

    /// <summary>DeleteQualificationType: the type is disposing until no live HIT requires it (mturk-compat §9.5).</summary>
    public void BeginDisposal(DateTime now)
    {
        EnsureNotDisposing();
        Status = QualificationTypeStatus.Disposing;
        DisposingSince = now;
        Version++;
    }

    /// <summary>
    /// Why a worker may not ask for this type now, or null when they may (mturk-compat §9.5, §11.3): it must be
    /// Active; without retries a worker asks once, ever, and never while holding it; with retries, not again until
    /// the delay has passed since their last request was made or decided.
    /// </summary>
    public DomainException? RequestRefusal(bool held, DateTime? lastAskedAt, DateTime now)
    {
        switch (Status)
        {
            case QualificationTypeStatus.Disposing:
                return new DomainException(ErrorCode.InvalidQualificationTypeState, $"The qualification '{Name}' is being deleted and can no longer be requested.");
            case QualificationTypeStatus.Inactive:
                return new DomainException(ErrorCode.InvalidQualificationTypeState, $"The qualification '{Name}' is inactive: its owner does not take requests for it now.");
            case QualificationTypeStatus.Active:
                break;
        }

        if (RetryDelayInSeconds is not { } delay)
        {
            return held || lastAskedAt is not null
                ? new DomainException(
                    ErrorCode.QualificationTypeDoesNotAllowRetake,
                    held
                        ? $"You already hold the qualification '{Name}', and its owner does not allow it to be requested again."
                        : $"You already requested the qualification '{Name}', and its owner allows one request per worker.")
                : null;
        }

        var retryAt = lastAskedAt?.AddSeconds(delay);
        return retryAt > now
            ? new DomainException(
                ErrorCode.QualificationTypeRetryDelayNotElapsed,
                string.Create(CultureInfo.InvariantCulture, $"You requested the qualification '{Name}' recently; you may request it again from {retryAt:yyyy-MM-dd HH:mm:ss} UTC."))
            : null;
    }

    public void EnsureNotDisposing()
    {
        if (Status == QualificationTypeStatus.Disposing)
        {
            // Clients match the first sentence, MTurk's own (mturk-compat §3.4, §15).
            throw new DomainException(
                ErrorCode.InvalidQualificationTypeState,
                $"This operation can be called with a status of: Active,Inactive. QualificationType {Id} is being deleted.");
        }
    }
}
