using System.Text.Json;

namespace Kempelen.Hits.Operations;

internal static class ReviewPolicies
{
    /// <summary>
    /// Review policies (mturk-compat §12) are not built yet. Ignoring one would leave the requester believing work
    /// is being checked, so a HIT that asks for one is refused instead.
    /// </summary>
    public static void RefuseUntilSupported(JsonElement? assignmentPolicy, JsonElement? hitPolicy)
    {
        var asked = assignmentPolicy is not null ? "AssignmentReviewPolicy" : hitPolicy is not null ? "HITReviewPolicy" : null;
        if (asked is not null)
        {
            throw new DomainException(ErrorCode.OperationNotSupported, $"Kempelen does not support review policies yet; create the HIT without {asked}.");
        }
    }
}
