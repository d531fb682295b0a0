using Kempelen.Finance;
using Kempelen.Idempotency;
using Kempelen.Projects;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Kempelen.TaskContent;

namespace Kempelen.Hits;

/// <summary>
/// Creates a HIT of a type and holds its escrow in one transaction: either the HIT exists and its money is held,
/// or neither happened. A UniqueRequestToken is remembered in the same transaction (mturk-compat §7).
/// </summary>
public sealed class CreateHit(KempelenDb db, Escrow escrow, FeePolicy fees, RequestTokens tokens, TimeProvider time)
{
    public async Task<Hit> ExecuteAsync(HitType type, HitRequest request, CancellationToken cancellationToken)
    {
        var question = await ResolveQuestionAsync(type, request, cancellationToken);
        var now = time.UtcNowToTheMillisecond();
        return await ConflictRetry.RunAsync(db, () => CreateAsync(type, request, question, now, cancellationToken));
    }

    private Task<Hit> CreateAsync(HitType type, HitRequest request, string question, DateTime now, CancellationToken cancellationToken) =>
        tokens.RunOnceAsync(
            type.RequesterId,
            RequestTokenScope.HitCreation,
            request.UniqueRequestToken,
            now,
            hitId => throw AlreadyExists(hitId),
            async () =>
            {
                // A type already defined may require a qualification type whose deletion began since (mturk-compat §9.5).
                await QualificationTypeDirectory.EnsureUsableAsync(db, type.Requirements, cancellationToken);
                var fee = fees.FeePerAssignment(type.Reward, request.MaxAssignments, type.RequiresMasters);
                var hit = Hit.Create(type, request.MaxAssignments, request.LifetimeInSeconds, question, request.HitLayoutId, request.RequesterAnnotation, type.Reward + fee, now);
                db.Hits.Add(hit);
                await escrow.SettleAsync(hit, now, cancellationToken);
                return (hit, hit.Id.Value);
            },
            cancellationToken);

    /// <summary>
    /// Exactly one of Question and HITLayoutId (mturk-compat §9.1). A layout is one of the requester's projects,
    /// filled with HITLayoutParameters: every placeholder needs one, and a parameter no placeholder uses is
    /// refused as the typo it most likely is.
    /// </summary>
    private async Task<string> ResolveQuestionAsync(HitType type, HitRequest request, CancellationToken cancellationToken)
    {
        switch (request.Question, request.HitLayoutId)
        {
            case (not null, not null):
                throw new DomainException(ErrorCode.InvalidParameterValue, "Give either Question or HITLayoutId, not both.");
            case (null, null):
                throw new DomainException(ErrorCode.InvalidParameterValue, "Either a Question or a HITLayoutId must be provided.");
            case (null, { } layoutId):
                var project = await SaveProject.FindAsync(db, type.RequesterId, ProjectId.From(layoutId), cancellationToken);
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, value) in request.LayoutParameters)
                {
                    if (!values.TryAdd(name, value))
                    {
                        throw DomainException.InvalidParameter("HITLayoutParameters", $"HITLayoutParameter '{name}' is given twice.");
                    }
                }

                if (values.Keys.FirstOrDefault(name => !project.Placeholders.Contains(name)) is { } unused)
                {
                    throw DomainException.InvalidParameter("HITLayoutParameters", $"HIT layout {layoutId} has no placeholder ${{{unused}}}; it uses {string.Join(", ", project.Placeholders.Select(p => "${" + p + "}"))}.");
                }

                var filled = project.QuestionFor(values, "HITLayoutParameters");
                QuestionDocument.Validate(filled);
                return filled;
            case ({ } question, null):
                if (request.LayoutParameters.Count > 0)
                {
                    throw DomainException.InvalidParameter("HITLayoutParameters", "HITLayoutParameters apply only with a HITLayoutId.");
                }

                QuestionDocument.Validate(question);
                return question;
        }
    }

    // Clients recover the HIT by pulling the 30-character ID out of this message, so it must hold no other.
    private static DomainException AlreadyExists(string hitId) =>
        new(ErrorCode.HitAlreadyExists, $"The HIT with ID \"{hitId}\" already exists.");
}
