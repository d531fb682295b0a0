using Kempelen.Assignments;
using Kempelen.Hits;

namespace Kempelen.WorkerApp.Api;

public sealed record WorkerProfile(
    string WorkerId,
    string Balance,
    int Pending,
    int Submitted,
    int Approved,
    int Rejected,
    string? Country,
    string? Subdivision,
    bool Adult,
    bool LocaleVerified);

public sealed record WorkerAssignment(
    string AssignmentId,
    string HITId,
    string HITGroupId,
    string Status,
    DateTime AcceptTime,
    DateTime Deadline,
    DateTime? SubmitTime,
    string Title,
    string Reward,
    string? Question)
{
    public static WorkerAssignment From(Assignment assignment, Hit hit, HitType type, bool withQuestion) => new(
        assignment.Id.Value,
        hit.Id.Value,
        hit.HitGroupId.Value,
        assignment.Status.ToString(),
        assignment.AcceptTime,
        assignment.Deadline,
        assignment.SubmitTime,
        type.Title,
        type.Reward.ToString(),
        withQuestion ? hit.Question : null);
}
