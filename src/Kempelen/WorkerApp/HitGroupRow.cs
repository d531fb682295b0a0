using Kempelen.Finance;
using Kempelen.Hits;

namespace Kempelen.WorkerApp;

public sealed record HitGroupRow(
    HitTypeId HitTypeId,
    HitGroupId HitGroupId,
    string RequesterName,
    string Title,
    string Description,
    Money Reward,
    long AssignmentDurationInSeconds,
    int HitsAvailable,
    DateTime CreatedAt);
