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

    private static readonly HashSet<string> Integer = new(StringComparer.Ordinal)
    {
        PercentAssignmentsApproved, NumberHitsApproved, Adult, PercentAssignmentsSubmitted,
        PercentAssignmentsAbandoned, PercentAssignmentsReturned, PercentAssignmentsRejected,
    };

    public static bool IsSystemType(string id) => id == Locale || Integer.Contains(id) || Masters.Contains(id);
}
