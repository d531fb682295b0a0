using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hits;

namespace Kempelen.WorkerApp;

public sealed record AssignmentRow(
    AssignmentId AssignmentId,
    HitId HitId,
    HitGroupId HitGroupId,
    string RequesterName,
    string Title,
    Money Reward,
    AssignmentStatus Status,
    DateTime AcceptTime,
    DateTime Deadline,
    DateTime? SubmitTime,
    string? RequesterFeedback);
