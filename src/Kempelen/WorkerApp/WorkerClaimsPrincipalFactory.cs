using System.Security.Claims;
using Kempelen.Accounts;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kempelen.WorkerApp;

/// <summary>Puts the WorkerId in the sign-in cookie, under the same claim the worker API's bearer tokens use.</summary>
public sealed class WorkerClaimsPrincipalFactory(UserManager<KempelenUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KempelenUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KempelenUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.WorkerId is { } worker)
        {
            identity.AddClaim(new Claim(WorkerTokenAuthentication.WorkerIdClaim, worker.Value));
        }

        return identity;
    }
}
