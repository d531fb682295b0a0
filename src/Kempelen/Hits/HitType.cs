using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Qualifications;

namespace Kempelen.Hits;

/// <summary>
/// An immutable set of HIT properties owned by one requester. Every HIT of a type shares its HIT group, so
/// workers see them as one unit.
/// </summary>
public sealed class HitType
{
    private HitType()
    {
        Title = Description = Fingerprint = string.Empty;
        Requirements = [];
    }

    public HitTypeId Id { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public HitGroupId HitGroupId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public string? Keywords { get; private set; }

    public Money Reward { get; private set; }

    public long AssignmentDurationInSeconds { get; private set; }

    public long AutoApprovalDelayInSeconds { get; private set; }

    public IReadOnlyList<Requirement> Requirements { get; private set; }

    /// <summary>Hash of the properties; unique per requester so equal properties always find the same type.</summary>
    public string Fingerprint { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool RequiresMasters => Requirements.Any(r => r.IsMasters);

    public static HitType Define(RequesterId requester, HitTypeProperties properties, DateTime now) => new()
    {
        Id = HitTypeId.New(),
        RequesterId = requester,
        HitGroupId = HitGroupId.New(),
        Title = properties.Title,
        Description = properties.Description,
        Keywords = properties.Keywords,
        Reward = properties.Reward,
        AssignmentDurationInSeconds = properties.AssignmentDurationInSeconds,
        AutoApprovalDelayInSeconds = properties.AutoApprovalDelayInSeconds,
        Requirements = properties.Requirements,
        Fingerprint = properties.Fingerprint(),
        CreatedAt = now,
    };
}
