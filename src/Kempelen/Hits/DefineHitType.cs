using Kempelen.Accounts;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits;

/// <summary>Finds the requester's HIT type with these properties, or creates it (mturk-compat §4.2).</summary>
public sealed class DefineHitType(KempelenDb db, HitTypeCache types, TimeProvider time)
{
    public async Task<HitType> ExecuteAsync(RequesterId requester, HitTypeProperties properties, CancellationToken cancellationToken)
    {
        await QualificationTypeDirectory.EnsureUsableAsync(db, properties.Requirements, cancellationToken);
        var fingerprint = properties.Fingerprint();
        var existing = await types.FindByFingerprintAsync(db, requester, fingerprint, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        try
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            if (await types.FindByFingerprintAsync(db, requester, fingerprint, cancellationToken) is { } created)
            {
                return created;
            }

            var type = HitType.Define(requester, properties, time.UtcNowToTheMillisecond());
            db.HitTypes.Add(type);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.Entry(type).State = EntityState.Detached;
            return types.Remember(type);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // On PostgreSQL an identical request may have created the same type a moment ago; the unique index
            // settled it. Use theirs.
            db.ChangeTracker.Clear();
            return await types.FindByFingerprintAsync(db, requester, fingerprint, cancellationToken)
                ?? throw new InvalidOperationException("A HIT type vanished after its unique index refused a duplicate.");
        }
    }
}
