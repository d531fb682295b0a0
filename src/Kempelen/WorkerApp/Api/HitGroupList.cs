namespace Kempelen.WorkerApp.Api;

public sealed record HitGroupList(int Page, bool HasNext, List<HitGroupList.Group> HITGroups)
{
    public static HitGroupList From(HitGroupPage page) => new(
        page.Page,
        page.HasNext,
        page.Groups.Select(g => new Group(
            g.HitGroupId.Value,
            g.RequesterName,
            g.Title,
            g.Description,
            g.Reward.ToString(),
            g.AssignmentDurationInSeconds,
            g.HitsAvailable,
            g.CreatedAt)).ToList());

    public sealed record Group(
        string HITGroupId,
        string RequesterName,
        string Title,
        string Description,
        string Reward,
        long AssignmentDurationInSeconds,
        int HITsAvailable,
        DateTime CreationTime);
}
