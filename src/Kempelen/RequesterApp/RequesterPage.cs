using Kempelen.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kempelen.RequesterApp;

/// <summary>A requester app page: the signed-in requester, whom the folder's policy guarantees.</summary>
public abstract class RequesterPage : PageModel
{
    protected RequesterId Requester => RequesterId.From(
        User.FindFirst(KempelenClaimsPrincipalFactory.RequesterIdClaim)?.Value
        ?? throw new InvalidOperationException("The requester policy admitted a user without a requester claim."));
}
