using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// Approves or rejects a batch's work from the review grid: chosen assignments, or all work awaiting a decision that
/// a filter matches. Work is decided in chunks, each one transaction through ApproveAssignment's and
/// RejectAssignment's own decisions, so a large batch never holds one giant transaction and what is done stays done.
/// An assignment that cannot be decided (already decided, not this batch's) is reported and the rest go ahead.
/// </summary>
public sealed class ReviewAssignments(KempelenDb db, ApproveAssignment approve, RejectAssignment reject, HitTypeCache types, TimeProvider time)
{
    public const int ChunkSize = 100;

    /// <summary>How many chosen assignments one request may decide: a few pages' worth.</summary>
    public const int MaxChosen = 500;

    /// <summary>
    /// How long deciding all matching work may run in one request; the rest is left for the next press, which finds
    /// only what still awaits a decision.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(20);

    public sealed record Decision(bool Approve, string? Feedback)
    {
        public static Decision ToApprove(string? feedback) => new(true, feedback);

        public static Decision ToReject(string? feedback) => new(false, feedback);
    }

    /// <summary>What was done; <see cref="Unfinished"/> says matching work was left for another request.</summary>
    public sealed record Outcome(int Approved, int Rejected, IReadOnlyList<string> Failures, bool Unfinished);

    /// <summary>Decides the chosen assignments; approving a rejected one overrides the rejection, as on MTurk's site.</summary>
    public async Task<Outcome> ExecuteAsync(RequesterId requester, BatchId batch, IReadOnlyCollection<string> assignmentIds, Decision decision, CancellationToken cancellationToken)
    {
        await CheckAsync(requester, batch, decision, cancellationToken);
        if (assignmentIds.Count == 0)
        {
            throw DomainException.InvalidParameter("AssignmentId", "Choose at least one assignment.");
        }

        if (assignmentIds.Count > MaxChosen)
        {
            throw DomainException.InvalidParameter("AssignmentId", $"At most {MaxChosen} assignments can be chosen at once; use \"all matching\" for more.");
        }

        var tally = new Tally();
        foreach (var chunk in assignmentIds.Distinct(StringComparer.Ordinal).Select(AssignmentId.From).Chunk(ChunkSize))
        {
            await DecideAsync(requester, batch, chunk, decision, overrideRejection: true, tally, cancellationToken);
        }

        return tally.Outcome(unfinished: false);
    }

    /// <summary>Decides all of the batch's work that the filter matches and that awaits a decision (submitted work).</summary>
    public async Task<Outcome> ExecuteMatchingAsync(RequesterId requester, BatchId batch, ReviewFilter filter, Decision decision, CancellationToken cancellationToken)
    {
        await CheckAsync(requester, batch, decision, cancellationToken);
        var tally = new Tally();
        if (filter.Status is not (ReviewStatus.Submitted or ReviewStatus.All))
        {
            return tally.Outcome(unfinished: false);
        }

        var awaiting = filter with { Status = ReviewStatus.Submitted };
        var started = time.GetTimestamp();
        ReviewPosition? after = null;
        while (true)
        {
            // Read by position rather than from the start again: work that failed stays submitted and would come back.
            var chunk = await ReviewGrid.Matching(db, batch, awaiting, after)
                .Select(w => new { w.RowNumber, w.SubmitTime, w.AcceptTime, w.AssignmentId })
                .Take(ChunkSize)
                .ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                return tally.Outcome(unfinished: false);
            }

            await DecideAsync(requester, batch, [.. chunk.Select(w => w.AssignmentId)], decision, overrideRejection: false, tally, cancellationToken);
            var last = chunk[^1];
            after = new ReviewPosition(last.RowNumber, last.SubmitTime ?? last.AcceptTime, last.AssignmentId);
            if (chunk.Count < ChunkSize)
            {
                return tally.Outcome(unfinished: false);
            }

            if (time.GetElapsedTime(started) > TimeBudget)
            {
                return tally.Outcome(unfinished: true);
            }
        }
    }

    private async Task CheckAsync(RequesterId requester, BatchId batch, Decision decision, CancellationToken cancellationToken)
    {
        if (!decision.Approve && string.IsNullOrWhiteSpace(decision.Feedback))
        {
            throw DomainException.InvalidParameter("RequesterFeedback", "Rejecting work needs feedback: tell the worker why.");
        }

        Assignment.CheckFeedback(decision.Feedback);
        await BatchHits.EnsureExistsAsync(db, requester, batch, cancellationToken);
    }

    /// <summary>
    /// One chunk in one transaction. A refusal from the domain undoes the chunk; its assignments are then decided one
    /// at a time, so only the refused one is reported.
    /// </summary>
    private async Task DecideAsync(RequesterId requester, BatchId batch, AssignmentId[] chunk, Decision decision, bool overrideRejection, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var (decided, failures) = await ConflictRetry.RunAsync(db, async () =>
            {
                var now = time.UtcNowToTheMillisecond();
                var (done, refused) = (0, new List<string>());
                await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);

                // The chunk's work and its HITs in two reads; each decision still claims its HIT (by version) as it
                // moves the money, and the last save writes what the decisions left unsaved.
                var assignments = await db.Assignments
                    .Where(a => chunk.Contains(a.Id) && a.RequesterId == requester && db.BatchRows.Any(r => r.BatchId == batch && r.HitId == a.HitId))
                    .ToDictionaryAsync(a => a.Id, cancellationToken);
                var hitIds = assignments.Values.Select(a => a.HitId).Distinct().ToList();
                var hits = await db.Hits.Where(h => hitIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, cancellationToken);
                foreach (var id in chunk)
                {
                    var assignment = assignments.GetValueOrDefault(id);
                    if (Refusal(assignment, id, batch, decision, overrideRejection) is { } refusal)
                    {
                        refused.Add(refusal);
                        continue;
                    }

                    var hit = hits[assignment!.HitId];
                    if (decision.Approve)
                    {
                        await approve.DecideAsync(assignment, hit, await types.OfAsync(db, hit, cancellationToken), decision.Feedback, overrideRejection, now, cancellationToken);
                    }
                    else
                    {
                        await reject.DecideAsync(assignment, hit, decision.Feedback!, now, cancellationToken);
                    }

                    done++;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (done, refused);
            });
            tally.Add(decision, decided, failures);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            if (chunk.Length == 1)
            {
                tally.Add(decision, 0, [$"{chunk[0]}: {refusal.Message}"]);
                return;
            }

            foreach (var id in chunk)
            {
                await DecideAsync(requester, batch, [id], decision, overrideRejection, tally, cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static string? Refusal(Assignment? assignment, AssignmentId id, BatchId batch, Decision decision, bool overrideRejection) =>
        assignment is null
            ? $"{id}: this assignment is not work of batch {batch}."
            : assignment.DecisionRefusal(decision.Approve, overrideRejection) is { } reason ? $"{id}: {reason}" : null;

    private sealed class Tally
    {
        private readonly List<string> _failures = [];
        private int _approved;
        private int _rejected;

        public void Add(Decision decision, int decided, IEnumerable<string> failures)
        {
            if (decision.Approve)
            {
                _approved += decided;
            }
            else
            {
                _rejected += decided;
            }

            _failures.AddRange(failures);
        }

        public Outcome Outcome(bool unfinished) => new(_approved, _rejected, _failures, unfinished);
    }
}
