using System.Security.Claims;

namespace Kempelen.Accounts;

/// <summary>Reads what <see cref="KempelenClaimsPrincipalFactory"/> (or a worker API token) put on the signed-in user.</summary>
public static class KempelenClaims
{
    /// <summary>The user's WorkerId; null for a visitor and for a user who is not a worker.</summary>
    public static WorkerId? FindWorkerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(KempelenClaimsPrincipalFactory.WorkerIdClaim) is { } id ? WorkerId.From(id) : null;
}
