using System.Security.Cryptography;
using System.Text;
using Kempelen.Finance;
using Kempelen.Qualifications;

namespace Kempelen.Hits;

/// <summary>
/// The properties that make up a HIT type. Two requests with equal properties share one HIT type and so one
/// HIT group (mturk-compat §4.2). The limits the API model does not carry are checked here (§5.4).
/// </summary>
public sealed record HitTypeProperties(
    string Title,
    string Description,
    string? Keywords,
    Money Reward,
    long AssignmentDurationInSeconds,
    long AutoApprovalDelayInSeconds,
    IReadOnlyList<Requirement> Requirements)
{
    public const long DefaultAutoApprovalDelayInSeconds = 2_592_000;
    public const int MaxTitleLength = 128;
    public const int MaxDescriptionLength = 2_000;
    public const int MaxKeywordsLength = 1_000;

    public bool RequiresMasters => Requirements.Any(r => r.IsMasters);

    public static HitTypeProperties Create(
        string title,
        string description,
        string? keywords,
        Money reward,
        long assignmentDurationInSeconds,
        long? autoApprovalDelayInSeconds,
        IReadOnlyList<Requirement> requirements)
    {
        ParameterRules.RequireText("Title", title, MaxTitleLength);
        ParameterRules.RequireText("Description", description, MaxDescriptionLength);
        ParameterRules.RequireAtMost("Keywords", keywords, MaxKeywordsLength);

        if (reward.Cents < 1)
        {
            throw DomainException.InvalidParameter("Reward", $"Reward must be at least 0.01; got '{reward}'.");
        }

        ParameterRules.RequireWithin("AssignmentDurationInSeconds", assignmentDurationInSeconds, 30, 31_536_000);
        var autoApproval = autoApprovalDelayInSeconds ?? DefaultAutoApprovalDelayInSeconds;
        ParameterRules.RequireWithin("AutoApprovalDelayInSeconds", autoApproval, 0, 2_592_000);
        if (requirements.Count > Requirement.MaxPerHitType)
        {
            throw DomainException.InvalidParameter(
                "QualificationRequirements",
                $"A HIT type takes at most {Requirement.MaxPerHitType} QualificationRequirements; got {requirements.Count}.");
        }

        return new HitTypeProperties(title.Trim(), description.Trim(), keywords?.Trim(), reward, assignmentDurationInSeconds, autoApproval, requirements);
    }

    /// <summary>SHA-256 of a canonical form: trimmed strings, reward in cents, requirements in the order given.</summary>
    public string Fingerprint()
    {
        var canonical = string.Join(
            "\n",
            Title,
            Description,
            Keywords ?? "\u0000",
            Reward.Cents.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AssignmentDurationInSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AutoApprovalDelayInSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join("\n", Requirements.Select(r => r.CanonicalText())));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
