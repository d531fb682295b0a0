using Kempelen.Finance;

namespace Kempelen.Projects;

/// <summary>
/// A starting point for a new project: task HTML written for Kempelen, terms that suit the kind of work, and a
/// sample row whose columns are the HTML's placeholders.
/// </summary>
public sealed record GalleryTemplate(
    string Key,
    string Name,
    string Summary,
    string Title,
    string Description,
    string Keywords,
    Money Reward,
    int AssignmentsPerHit,
    long AssignmentDurationInSeconds,
    long LifetimeInSeconds,
    long AutoApprovalDelayInSeconds,
    IReadOnlyDictionary<string, string> SampleRow)
{
    public string Html => TemplateGallery.HtmlOf(Key);
}
