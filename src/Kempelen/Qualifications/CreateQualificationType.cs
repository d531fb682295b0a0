using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// CreateQualificationType (mturk-compat §9.5): a new type whose name no other type of the owner has, in any case,
/// including types still being deleted; its test must be a QuestionForm and its answer key must fit the test.
/// </summary>
public sealed class CreateQualificationType(KempelenDb db, TimeProvider time)
{
    public async Task<QualificationType> ExecuteAsync(RequesterId owner, QualificationTypeTerms terms, CancellationToken cancellationToken)
    {
        var type = QualificationType.Create(owner, terms, time.UtcNowToTheMillisecond());
        if (type.Test is { } test)
        {
            QualificationTest.Validate(test, type.AnswerKey);
        }

        try
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            if (await db.QualificationTypes.AnyAsync(t => t.OwnerId == owner && t.NormalizedName == type.NormalizedName, cancellationToken))
            {
                throw AlreadyExists();
            }

            db.QualificationTypes.Add(type);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return type;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // A parallel request created the same name a moment ago; the unique index settled it.
            db.ChangeTracker.Clear();
            throw AlreadyExists();
        }
    }

    // MTurk's words; clients match "already created a QualificationType with this name" (mturk-compat §3.4, §15).
    private static DomainException AlreadyExists() => new(
        ErrorCode.QualificationTypeAlreadyExists,
        "You have already created a QualificationType with this name. A QualificationType's name must be unique among all of the QualificationTypes created by the same user.");
}
