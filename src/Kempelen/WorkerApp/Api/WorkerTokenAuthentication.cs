using System.Security.Claims;
using System.Text.Encodings.Web;
using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Kempelen.WorkerApp.Api;

/// <summary>Authenticates the worker API with "Authorization: Bearer &lt;ApiToken&gt;", looked up by its SHA-256.</summary>
public sealed class WorkerTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KempelenDb db, IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "WorkerApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = WorkerApiToken.HashOf(header["Bearer ".Length..].Trim());

        // Like access keys, a known token is remembered for AccessKeyStore.CacheLifetime, so a revoked one stops working within it.
        var cacheKey = "worker-token:" + Convert.ToHexString(hash);
        if (!cache.TryGetValue(cacheKey, out WorkerId? worker))
        {
            worker = await db.WorkerApiTokens.AsNoTracking()
                .Where(t => t.Hash == hash && t.RevokedAt == null)
                .Select(t => (WorkerId?)t.WorkerId)
                .SingleOrDefaultAsync(Context.RequestAborted);
            if (worker is not null)
            {
                cache.Set(cacheKey, worker, AccessKeyStore.CacheLifetime);
            }
        }

        if (worker is null)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }

        var identity = new ClaimsIdentity([new Claim(KempelenClaimsPrincipalFactory.WorkerIdClaim, worker.Value.Value)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    public static WorkerId WorkerOf(ClaimsPrincipal principal) =>
        principal.FindWorkerId() ?? throw new InvalidOperationException("The request is not authenticated as a worker.");
}
