using Kempelen.Hits;
using Kempelen.Storage;

namespace Kempelen.Protocol.Shapes;

/// <summary>The model's HIT shape; member names are the contract.</summary>
public sealed record HIT
{
    public string? HITId { get; init; }

    public string? HITTypeId { get; init; }

    public string? HITGroupId { get; init; }

    public string? HITLayoutId { get; init; }

    public DateTime? CreationTime { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Question { get; init; }

    public string? Keywords { get; init; }

    public string? HITStatus { get; init; }

    public int? MaxAssignments { get; init; }

    public string? Reward { get; init; }

    public long? AutoApprovalDelayInSeconds { get; init; }

    public DateTime? Expiration { get; init; }

    public long? AssignmentDurationInSeconds { get; init; }

    public string? RequesterAnnotation { get; init; }

    /// <summary>Always sent, empty when there are none (mturk-compat §1.4).</summary>
    public List<QualificationRequirement>? QualificationRequirements { get; init; }

    public string? HITReviewStatus { get; init; }

    public int? NumberOfAssignmentsPending { get; init; }

    public int? NumberOfAssignmentsAvailable { get; init; }

    public int? NumberOfAssignmentsCompleted { get; init; }

    /// <summary>A page of HITs on the wire, each with its (cached) HIT type.</summary>
    public static async Task<List<HIT>> FromPageAsync(IReadOnlyList<Hit> page, KempelenDb db, HitTypeCache types, DateTime now, CancellationToken cancellationToken)
    {
        var hits = new List<HIT>(page.Count);
        foreach (var hit in page)
        {
            hits.Add(From(hit, await types.OfAsync(db, hit, cancellationToken), now));
        }

        return hits;
    }

    public static HIT From(Hit hit, HitType type, DateTime now) => new()
    {
        HITId = hit.Id.Value,
        HITTypeId = type.Id.Value,
        HITGroupId = hit.HitGroupId.Value,
        HITLayoutId = hit.HitLayoutId,
        CreationTime = hit.CreatedAt,
        Title = type.Title,
        Description = type.Description,
        Question = hit.Question,
        Keywords = type.Keywords,
        HITStatus = hit.StatusAt(now).ToString(),
        MaxAssignments = hit.MaxAssignments,
        Reward = type.Reward.ToString(),
        AutoApprovalDelayInSeconds = type.AutoApprovalDelayInSeconds,
        Expiration = hit.Expiration,
        AssignmentDurationInSeconds = type.AssignmentDurationInSeconds,
        RequesterAnnotation = hit.RequesterAnnotation,
        QualificationRequirements = type.Requirements.Select(QualificationRequirement.FromDomain).ToList(),

        // MTurk's content-moderation flag; nothing in Kempelen moderates yet (mturk-compat §5.2).
        HITReviewStatus = "NotReviewed",
        NumberOfAssignmentsPending = hit.PendingCount,
        NumberOfAssignmentsAvailable = hit.AvailableCount,
        NumberOfAssignmentsCompleted = hit.CompletedCount,
    };
}
