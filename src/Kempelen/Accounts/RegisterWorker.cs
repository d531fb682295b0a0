using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.AspNetCore.Identity;

namespace Kempelen.Accounts;

/// <summary>
/// Creates a worker: a sign-in identity (Identity's password rules apply), the WorkerId, the earnings account and
/// a first worker API token, in one transaction.
/// </summary>
public sealed class RegisterWorker(KempelenDb db, UserManager<KempelenUser> users, TimeProvider time)
{
    public sealed record Registered(WorkerId WorkerId, string ApiToken);

    public async Task<Registered> ExecuteAsync(string email, string password, CancellationToken cancellationToken)
    {
        var now = time.UtcNowToTheMillisecond();
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var user = new KempelenUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var parameter = created.Errors.Any(e => e.Code.Contains("Password", StringComparison.Ordinal)) ? "password" : "email";
            throw DomainException.InvalidParameter(parameter, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var worker = Worker.Register(user.Id, now);
        user.WorkerId = worker.Id;
        db.Workers.Add(worker);
        db.Accounts.Add(Account.ForWorker(worker.Id));
        var (token, plain) = WorkerApiToken.Issue(worker.Id, now);
        db.WorkerApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Registered(worker.Id, plain);
    }
}
