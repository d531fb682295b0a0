namespace Kempelen.Qualifications;

/// <summary>
/// A system qualification type as workers and clients see it (mturk-compat §4.3): MTurk's name, a label for
/// people, and what its value means. Kempelen computes the value (<see cref="WorkerStanding"/>); nobody requests it.
/// </summary>
public sealed record SystemQualification(string Id, string Name, string Label, string Description)
{
    public const string MastersId = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH";

    /// <summary>The ones a worker is shown about themselves, in this order.</summary>
    public static readonly IReadOnlyList<SystemQualification> Shown =
    [
        new(SystemQualificationTypes.PercentAssignmentsApproved, "Worker_PercentAssignmentsApproved", "Approval rate",
            "The percentage of your decided assignments that were approved; 100 until you have submitted 100 assignments."),
        new(SystemQualificationTypes.NumberHitsApproved, "Worker_NumberHITsApproved", "HITs approved", "How many of your assignments were approved, by all requesters."),
        new(SystemQualificationTypes.Locale, "Worker_Locale", "Location", "Your country and, optionally, your subdivision (ISO 3166), from your profile."),
        new(SystemQualificationTypes.Adult, "Worker_Adult", "Adult content", "1 when you declared you are an adult and agree to see adult content."),
        new(MastersId, "Masters", "Masters", "Held while your recent work was approved often enough, as the operator decides."),
    ];

    private static readonly IReadOnlyList<SystemQualification> Legacy =
    [
        new(SystemQualificationTypes.PercentAssignmentsSubmitted, "Worker_PercentAssignmentsSubmitted", "Submission rate", "The percentage of accepted assignments you submitted."),
        new(SystemQualificationTypes.PercentAssignmentsAbandoned, "Worker_PercentAssignmentsAbandoned", "Abandonment rate", "The percentage of accepted assignments you let run out of time."),
        new(SystemQualificationTypes.PercentAssignmentsReturned, "Worker_PercentAssignmentsReturned", "Return rate", "The percentage of accepted assignments you returned."),
        new(SystemQualificationTypes.PercentAssignmentsRejected, "Worker_PercentAssignmentsRejected", "Rejection rate", "The percentage of accepted assignments that were rejected."),
    ];

    /// <summary>The system type with this ID (either world's Masters IDs read as Masters); null for a requester's type.</summary>
    public static SystemQualification? Find(string id) =>
        SystemQualificationTypes.Masters.Contains(id)
            ? Shown[^1] with { Id = id }
            : Shown.Concat(Legacy).FirstOrDefault(s => s.Id == id);
}
