using Kempelen.Assignments;
using Kempelen.Finance;
using Kempelen.Hits;

namespace Kempelen.RequesterApp;

/// <summary>One of a worker's assignments on the requester's HITs.</summary>
public sealed record WorkerAssignmentRow(AssignmentId Id, HitId HitId, string Title, Money Reward, AssignmentStatus Status, DateTime AcceptTime, DateTime? SubmitTime)
{
    /// <summary>Work handed in can earn a bonus (SendBonus refuses work still in progress).</summary>
    public bool CanBeBonused => SubmitTime is not null;
}
