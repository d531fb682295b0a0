using Kempelen.Accounts;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Qualifications;

/// <summary>
/// A worker asks for a qualification (mturk-compat §11.3), in one transaction: an auto-granted type is granted at
/// once; a type with a test starts the test (or returns the one already open) and, given answers, takes them in —
/// graded at once by an answer key, or left for the owner; any other type leaves a request for the owner. Every ask
/// leaves a request row, even an auto-grant (decided at once, so never shown to the owner), because retry rules
/// count from the last one.
/// </summary>
public sealed class RequestQualification(KempelenDb db, GrantQualification grant, TimeProvider time)
{
    /// <summary>
    /// Asks for the type; <paramref name="answers"/> are test answers as the fields of a posted QuestionForm (named as
    /// <see cref="QuestionFormRenderer"/> names them), or null to ask without answering.
    /// </summary>
    public async Task<QualificationAsk> ExecuteAsync(
        WorkerId worker,
        string qualificationTypeId,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? answers,
        CancellationToken cancellationToken)
    {
        if (SystemQualificationTypes.IsSystemType(qualificationTypeId))
        {
            throw new DomainException(
                ErrorCode.PermissionDenied,
                $"{qualificationTypeId} is a system qualification: Kempelen computes it from your work and your profile, and it cannot be requested.");
        }

        // A grant it makes (auto-granted, or graded by an answer key) may race the requester's own first grant.
        return await GrantQualification.RunAsync(db, async () =>
        {
            var now = time.UtcNowToTheMillisecond();
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);

            // Two asks of one worker at once (a double click) must not start two tests: this no-op update takes the
            // worker's row lock first, so on PostgreSQL a second ask waits here and then reads the first one's request.
            // (SQLite's write gate already runs writers one at a time.)
            await db.Workers.Where(w => w.Id == worker).ExecuteUpdateAsync(s => s.SetProperty(w => w.IsAdult, w => w.IsAdult), cancellationToken);
            var typeId = QualificationTypeId.From(qualificationTypeId);
            var type = await db.QualificationTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == typeId, cancellationToken)
                ?? throw new DomainException(ErrorCode.QualificationTypeDoesNotExist, $"QualificationType {qualificationTypeId} does not exist.");

            // A type being deleted takes nothing more, not even a test already under way; an Inactive one still takes
            // the answers to a test started while it was Active (RequestRefusal stops new requests).
            type.EnsureNotDisposing();
            if (answers is not null && type.Test is null)
            {
                throw DomainException.InvalidParameter("answers", $"The qualification '{type.Name}' has no test; request it without answers.");
            }

            var latest = await db.QualificationRequests
                .Where(r => r.WorkerId == worker && r.QualificationTypeId == typeId)
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            QualificationAsk ask;
            if (latest is { Status: QualificationRequestStatus.Taking } taking && (answers is not null || taking.IsOpenAt(now)))
            {
                // The test already under way: shown again, or answered (answers after its time ran out are refused).
                ask = answers is null ? Ask(QualificationAskOutcome.TakingTest, type, taking) : await HandInAsync(type, taking, answers, now, cancellationToken);
            }
            else if (latest is { Status: QualificationRequestStatus.Pending } pending)
            {
                if (answers is not null)
                {
                    throw new DomainException(ErrorCode.InvalidQualificationState, $"Your answers to the test of '{type.Name}' were handed in already; they wait for its owner's review.");
                }

                ask = Ask(QualificationAskOutcome.Pending, type, pending);
            }
            else
            {
                var held = await db.Qualifications.AnyAsync(q => q.QualificationTypeId == typeId && q.WorkerId == worker && q.Status == QualificationStatus.Granted, cancellationToken);
                if (type.RequestRefusal(held, latest?.LastAskedAt, now) is { } refusal)
                {
                    throw refusal;
                }

                ask = await AskAnewAsync(type, worker, answers, now, cancellationToken);
            }

            // Refused answers record nothing, not even a test started in this same call.
            if (ask.Outcome == QualificationAskOutcome.AnswersRefused)
            {
                db.ChangeTracker.Clear();
                return ask;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ask;
        });
    }

    private async Task<QualificationAsk> AskAnewAsync(
        QualificationType type,
        WorkerId worker,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? answers,
        DateTime now,
        CancellationToken cancellationToken)
    {
        if (type.AutoGranted)
        {
            var request = QualificationRequest.Submit(type.Id, worker, now);
            request.Grant(type.AutoGrantedValue, now);
            db.QualificationRequests.Add(request);
            await grant.ExecuteAsync(type.Id, worker, type.AutoGrantedValue, cancellationToken);
            return Ask(QualificationAskOutcome.Granted, type, request, type.AutoGrantedValue);
        }

        if (type.Test is null)
        {
            var request = QualificationRequest.Submit(type.Id, worker, now);
            db.QualificationRequests.Add(request);
            return Ask(QualificationAskOutcome.Pending, type, request);
        }

        var test = QualificationRequest.StartTest(type, worker, now);
        db.QualificationRequests.Add(test);
        return answers is null ? Ask(QualificationAskOutcome.TakingTest, type, test) : await HandInAsync(type, test, answers, now, cancellationToken);
    }

    private async Task<QualificationAsk> HandInAsync(
        QualificationType type,
        QualificationRequest request,
        IReadOnlyDictionary<string, IReadOnlyList<string>> fields,
        DateTime now,
        CancellationToken cancellationToken)
    {
        request.EnsureCanHandIn(now);

        // Answers are checked against the test the worker was given, which the owner may have replaced since.
        var form = QuestionForm.Parse(request.Test!);
        var answers = QuestionFormSubmission.ToAnswers(form, fields);
        var errors = QuestionFormValidator.Validate(form, answers);
        if (errors.Count > 0)
        {
            return new QualificationAsk(QualificationAskOutcome.AnswersRefused, type, request, null, answers, errors);
        }

        request.HandIn(AnswerDocument.Write(answers), now);

        // The key grades the type's current test; answers to a test replaced meanwhile wait for the owner instead.
        if (type.AnswerKey is null || !string.Equals(type.Test, request.Test, StringComparison.Ordinal))
        {
            return Ask(QualificationAskOutcome.Pending, type, request);
        }

        var score = AnswerKey.Parse(type.AnswerKey, request.Test!).Score(answers);
        await grant.ExecuteAsync(type.Id, request.WorkerId, score, cancellationToken);
        request.Grant(score, now);
        return Ask(QualificationAskOutcome.Granted, type, request, score);
    }

    private static QualificationAsk Ask(QualificationAskOutcome outcome, QualificationType type, QualificationRequest request, int? value = null) =>
        new(outcome, type, request, value, [], []);
}
