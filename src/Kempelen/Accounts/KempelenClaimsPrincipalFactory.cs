using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kempelen.Accounts;

/// <summary>
/// Puts the user's roles in the sign-in cookie: the WorkerId under the claim the worker API's bearer tokens use too,
/// and the RequesterId for the requester app.
/// </summary>
public sealed class KempelenClaimsPrincipalFactory(UserManager<KempelenUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KempelenUser>(users, options)
{
    public const string WorkerIdClaim = "kempelen:worker";
    public const string RequesterIdClaim = "kempelen:requester";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KempelenUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.WorkerId is { } worker)
        {
            identity.AddClaim(new Claim(WorkerIdClaim, worker.Value));
        }

        if (user.RequesterId is { } requester)
        {
            identity.AddClaim(new Claim(RequesterIdClaim, requester.Value));
        }

        return identity;
    }
}
