namespace Kempelen.RequesterApp;

/// <summary>Orders of the workers page; each breaks ties by worker ID so pages never overlap.</summary>
public enum WorkerSort
{
    /// <summary>Most recently active first.</summary>
    Recent,

    /// <summary>Most assignments first.</summary>
    Assignments,

    /// <summary>Lowest approval rate first; workers with nothing decided last.</summary>
    ApprovalRate,

    /// <summary>Fastest average work time first.</summary>
    WorkTime,

    WorkerId,
}
