using Kempelen.Accounts;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Hits;

/// <summary>Finds the requester's HIT type with these properties, or creates it (mturk-compat §4.2).</summary>
public sealed class DefineHitType(KempelenDb db, TimeProvider time)
{
    public async Task<HitType> ExecuteAsync(RequesterId requester, HitTypeProperties properties, CancellationToken cancellationToken)
    {
        QualificationTypeDirectory.EnsureExist(properties.Requirements);
        var fingerprint = properties.Fingerprint();
        var existing = await FindAsync(requester, fingerprint, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var type = HitType.Define(requester, properties, time.UtcNowToTheMillisecond());
        db.HitTypes.Add(type);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return type;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // An identical request created the same type a moment ago; the unique index settled it. Use theirs.
            db.ChangeTracker.Clear();
            return await FindAsync(requester, fingerprint, cancellationToken)
                ?? throw new InvalidOperationException("A HIT type vanished after its unique index refused a duplicate.");
        }
    }

    private Task<HitType?> FindAsync(RequesterId requester, string fingerprint, CancellationToken cancellationToken) =>
        db.HitTypes.SingleOrDefaultAsync(t => t.RequesterId == requester && t.Fingerprint == fingerprint, cancellationToken);
}
