using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Accounts;

/// <summary>
/// Gives a signed-up account the requester role: either a new requester named after the account, or an existing
/// one (made by <c>admin create-requester</c>, so its API keys and the web app share one balance). A requester
/// belongs to at most one account.
/// </summary>
public sealed class MakeRequester(KempelenDb db, UserManager<KempelenUser> users, CreateRequester createRequester, TimeProvider time)
{
    public async Task<RequesterId> ExecuteAsync(string email, RequesterId? existing, string? name, Money openingBalance, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var user = await users.FindByEmailAsync(email.Trim())
            ?? throw DomainException.InvalidParameter("email", $"No account has the email address {email.Trim()}; sign up in the web app (or admin create-worker) first.");
        if (user.RequesterId is { } current)
        {
            throw DomainException.InvalidParameter("email", $"{user.Email} is already requester {current}.");
        }

        if (existing is { } requesterId)
        {
            if (!await db.Requesters.AnyAsync(r => r.Id == requesterId, cancellationToken))
            {
                throw DomainException.InvalidParameter("requester", $"Requester {requesterId} does not exist.");
            }

            if (await db.Users.AnyAsync(u => u.RequesterId == requesterId, cancellationToken))
            {
                throw DomainException.InvalidParameter("requester", $"Requester {requesterId} already belongs to another account.");
            }

            user.RequesterId = requesterId;
        }
        else
        {
            var requester = await createRequester.OpenAsync(name ?? user.Email!, openingBalance, time.UtcNowToTheMillisecond(), cancellationToken);
            user.RequesterId = requester.Id;
        }

        // A new security stamp retires the account's cookies (at Identity's validation interval), so the next sign-in carries the
        // requester claim.
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(cancellationToken);
        return user.RequesterId.Value;
    }
}
