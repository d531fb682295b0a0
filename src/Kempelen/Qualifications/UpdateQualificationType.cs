using Kempelen.Accounts;
using Kempelen.Storage;

namespace Kempelen.Qualifications;

/// <summary>UpdateQualificationType (mturk-compat §9.5): the owner changes what may change; a new test or key is checked first.</summary>
public sealed class UpdateQualificationType(KempelenDb db)
{
    public async Task<QualificationType> ExecuteAsync(RequesterId owner, string qualificationTypeId, QualificationTypeTerms changes, CancellationToken cancellationToken) =>
        await ConflictRetry.RunAsync(db, async () =>
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var type = await db.FindOwnedQualificationTypeAsync(owner, qualificationTypeId, cancellationToken);
            if (changes.Test is { } test)
            {
                QualificationTest.Validate(test, changes.AnswerKey);
            }
            else if (changes.AnswerKey is { } answerKey && type.Test is { } current)
            {
                AnswerKey.Parse(answerKey, current);
            }

            type.Update(changes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return type;
        });
}
