using Kempelen.Hits;

namespace Kempelen.Projects;

/// <summary>What a requester sets on a project: the HIT type it makes, how many HITs' worth of work, and the task.</summary>
public sealed record ProjectTerms(
    HitTypeProperties Type,
    int AssignmentsPerHit,
    long LifetimeInSeconds,
    string Html,
    int FrameHeight)
{
    public const int DefaultFrameHeight = 0;

    internal void Validate()
    {
        ParameterRules.RequireWithin("AssignmentsPerHit", AssignmentsPerHit, 1, 1_000_000_000);
        ParameterRules.RequireWithin("LifetimeInSeconds", LifetimeInSeconds, 30, Hit.MaxLifetimeInSeconds);
        ParameterRules.RequireWithin("FrameHeight", FrameHeight, 0, 100_000);
        ParameterRules.RequireText("Html", Html, ProjectTemplate.MaxLength);
    }
}
