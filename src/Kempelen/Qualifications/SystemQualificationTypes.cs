namespace Kempelen.Qualifications;

/// <summary>MTurk's well-known qualification type IDs (mturk-compat §4.3), the same in every world.</summary>
public static class SystemQualificationTypes
{
    public const string PercentAssignmentsApproved = "000000000000000000L0";
    public const string NumberHitsApproved = "00000000000000000040";
    public const string Locale = "00000000000000000071";
    public const string Adult = "00000000000000000060";
    public const string PercentAssignmentsSubmitted = "00000000000000000000";
    public const string PercentAssignmentsAbandoned = "00000000000000000070";
    public const string PercentAssignmentsReturned = "000000000000000000E0";
    public const string PercentAssignmentsRejected = "000000000000000000S0";

    /// <summary>
    /// When the system types were created, as far as the wire says: MTurk's launch (2 November 2005). Every
    /// requester's type is younger, so lists ordered by creation time show the system types first.
    /// </summary>
    public static readonly DateTime CreationTime = new(2005, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    private const string MastersDescription =
        "Masters are Workers who have consistently shown high accuracy: at least the operator's number of approved " +
        "assignments and approval rate over a recent window (Kempelen:Masters).";

    private const string RetiredMastersDescription = "A retired kind of Masters; Kempelen holds it for the same Workers as Masters.";

    /// <summary>Every system type in ID order, as GetQualificationType and ListQualificationTypes describe them.</summary>
    public static readonly IReadOnlyList<SystemQualificationType> All = new SystemQualificationType[]
    {
        new(PercentAssignmentsSubmitted, "Worker_PercentAssignmentsSubmitted", "Submission rate", "The percentage of assignments the Worker has accepted that they submitted, over all Requesters.", "%"),
        new(NumberHitsApproved, "Worker_NumberHITsApproved", "HITs approved", "The number of the Worker's HITs that Requesters approved, over all Requesters and all time."),
        new(Adult, "Worker_Adult", "Adult content agreement", "1 when the Worker has agreed to see adult content, else 0."),
        new(PercentAssignmentsAbandoned, "Worker_PercentAssignmentsAbandoned", "Abandonment rate", "The percentage of assignments the Worker has accepted that they abandoned, over all Requesters.", "%"),
        new(Locale, "Worker_Locale", "Location", "The Worker's location: an ISO 3166-1 country code and, optionally, an ISO 3166-2 subdivision."),
        new(PercentAssignmentsReturned, "Worker_PercentAssignmentsReturned", "Return rate", "The percentage of assignments the Worker has accepted that they returned, over all Requesters.", "%"),
        new(PercentAssignmentsApproved, "Worker_PercentAssignmentsApproved", "Approval rate", "The percentage of the Worker's decided assignments that Requesters approved, over all Requesters; 100 below 100 submitted assignments.", "%"),
        new(PercentAssignmentsRejected, "Worker_PercentAssignmentsRejected", "Rejection rate", "The percentage of assignments the Worker has accepted that Requesters rejected, over all Requesters.", "%"),
        new("21VZU98JHSTLZ5BPP4A9NOBJEK3DPG", "Photo Moderation Masters", "Photo Moderation Masters", RetiredMastersDescription),
        new("2ARFPLSP75KLA8M8DH1HTEQVJT3SY6", "Masters", "Masters", MastersDescription),
        new("2F1KVCNHMVHV8E9PBUB2A4J79LU20F", "Categorization Masters", "Categorization Masters", RetiredMastersDescription),
        new("2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", "Masters", "Masters", MastersDescription),
        new("2NDP2L92HECWY8NS8H3CK0CP5L9GHO", "Categorization Masters", "Categorization Masters", RetiredMastersDescription),
        new("2TGBB6BFMFFOM08IBMAFGGESC1UWJX", "Photo Moderation Masters", "Photo Moderation Masters", RetiredMastersDescription),
    };

    /// <summary>The Masters type's production ID, the one the worker app shows.</summary>
    public const string MastersId = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH";

    /// <summary>The system qualifications a worker is shown about themselves, in this order.</summary>
    public static readonly IReadOnlyList<SystemQualificationType> ShownToWorkers =
        new[] { PercentAssignmentsApproved, NumberHitsApproved, Locale, Adult, MastersId }.Select(id => Find(id)!).ToList();

    /// <summary>Production and sandbox IDs of Masters and the retired Masters kinds; both worlds' IDs are accepted.</summary>
    public static readonly IReadOnlySet<string> Masters = new HashSet<string>(StringComparer.Ordinal)
    {
        "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH",
        "2ARFPLSP75KLA8M8DH1HTEQVJT3SY6",
        "2NDP2L92HECWY8NS8H3CK0CP5L9GHO",
        "2F1KVCNHMVHV8E9PBUB2A4J79LU20F",
        "21VZU98JHSTLZ5BPP4A9NOBJEK3DPG",
        "2TGBB6BFMFFOM08IBMAFGGESC1UWJX",
    };

    public static bool IsSystemType(string id) => Find(id) is not null;

    public static SystemQualificationType? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
