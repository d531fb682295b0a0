namespace Kempelen.Protocol.Shapes;

/// <summary>The model's Assignment shape. Only submitted work is ever shown to requesters.</summary>
public sealed record Assignment
{
    public string? AssignmentId { get; init; }

    public string? WorkerId { get; init; }

    public string? HITId { get; init; }

    public string? AssignmentStatus { get; init; }

    public DateTime? AutoApprovalTime { get; init; }

    public DateTime? AcceptTime { get; init; }

    public DateTime? SubmitTime { get; init; }

    public DateTime? ApprovalTime { get; init; }

    public DateTime? RejectionTime { get; init; }

    public DateTime? Deadline { get; init; }

    public string? Answer { get; init; }

    public string? RequesterFeedback { get; init; }

    public static Assignment From(Kempelen.Assignments.Assignment assignment) => new()
    {
        AssignmentId = assignment.Id.Value,
        WorkerId = assignment.WorkerId.Value,
        HITId = assignment.HitId.Value,
        AssignmentStatus = assignment.Status.ToString(),
        AutoApprovalTime = assignment.AutoApprovalTime,
        AcceptTime = assignment.AcceptTime,
        SubmitTime = assignment.SubmitTime,
        ApprovalTime = assignment.ApprovalTime,
        RejectionTime = assignment.RejectionTime,
        Deadline = assignment.Deadline,
        Answer = assignment.Answer,
        RequesterFeedback = assignment.RequesterFeedback,
    };
}
