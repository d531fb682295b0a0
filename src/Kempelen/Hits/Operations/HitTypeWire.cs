using Kempelen.Finance;
using Kempelen.Protocol.Shapes;

namespace Kempelen.Hits.Operations;

/// <summary>The HIT type members CreateHITType and CreateHIT share, turned into domain properties.</summary>
internal static class HitTypeWire
{
    public static HitTypeProperties Properties(
        string title,
        string description,
        string? keywords,
        string reward,
        long assignmentDurationInSeconds,
        long? autoApprovalDelayInSeconds,
        List<QualificationRequirement>? requirements) =>
        HitTypeProperties.Create(
            title,
            description,
            keywords,
            Money.Parse(reward, "Reward"),
            assignmentDurationInSeconds,
            autoApprovalDelayInSeconds,
            QualificationRequirement.ToDomain(requirements));
}
