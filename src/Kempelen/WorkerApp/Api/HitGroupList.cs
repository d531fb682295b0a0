namespace Kempelen.WorkerApp.Api;

public sealed record HitGroupList(int Page, bool HasNext, List<HitGroupList.Group> HITGroups)
{
    public static HitGroupList From(HitGroupPage page) => new(
        page.Page,
        page.HasNext,
        page.Groups.Select(listed => new Group(
            listed.Group.HitGroupId.Value,
            listed.Group.RequesterName,
            listed.Group.Title,
            listed.Group.Description,
            listed.Group.Reward.ToString(),
            listed.Group.AssignmentDurationInSeconds,
            listed.Group.HitsAvailable,
            listed.Group.CreatedAt,
            listed.Access.CanPreview,
            listed.Access.CanAccept,
            listed.Requirements.Select(WorkerRequirement.From).ToList())).ToList());

    public sealed record Group(
        string HITGroupId,
        string RequesterName,
        string Title,
        string Description,
        string Reward,
        long AssignmentDurationInSeconds,
        int HITsAvailable,
        DateTime CreationTime,
        bool CanPreview,
        bool CanAccept,
        List<WorkerRequirement> QualificationRequirements);
}
