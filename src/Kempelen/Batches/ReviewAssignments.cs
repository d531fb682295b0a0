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
    public sealed record Outcome(int Approved, int Rejected, IReadOnlyList<Failure> Failures, bool Unfinished);

    /// <summary>
    /// Work that was not decided and why; <see cref="AwaitedNoDecision"/> when it is the batch's but not submitted
    /// (already decided, or never handed in), as opposed to not being the batch's or being refused by the domain.
    /// </summary>
    public sealed record Failure(AssignmentId AssignmentId, string Reason, bool AwaitedNoDecision)
    {
        public override string ToString() => $"{AssignmentId}: {Reason}";
    }

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

        return await DecideInChunksAsync(requester, batch, assignmentIds.Distinct(StringComparer.Ordinal).Select(id => (AssignmentId.From(id), decision)), cancellationToken);
    }

    /// <summary>
    /// Decides each assignment its own way, in the order given, as a marked results file does row by row; approving a
    /// rejected one overrides the rejection, as MTurk's upload does. Feedback the domain refuses undoes its chunk,
    /// which is then redone row by row, so a caller that can check feedback first should.
    /// </summary>
    public async Task<Outcome> DecideEachAsync(RequesterId requester, BatchId batch, IReadOnlyList<(AssignmentId Id, Decision Decision)> decisions, CancellationToken cancellationToken)
    {
        await BatchHits.EnsureExistsAsync(db, requester, batch, cancellationToken);
        return await DecideInChunksAsync(requester, batch, decisions, cancellationToken);
    }

    /// <summary>Decides all of the batch's work that the filter matches and that awaits a decision (submitted work).</summary>
    public async Task<Outcome> ExecuteMatchingAsync(RequesterId requester, BatchId batch, ReviewFilter filter, Decision decision, CancellationToken cancellationToken)
    {
        await CheckAsync(requester, batch, decision, cancellationToken);
        var tally = new Tally();
        if (!filter.CanDecideMatching)
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

            await DecideAsync(requester, batch, [.. chunk.Select(w => (w.AssignmentId, decision))], overrideRejection: false, tally, cancellationToken);
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

    private async Task<Outcome> DecideInChunksAsync(RequesterId requester, BatchId batch, IEnumerable<(AssignmentId Id, Decision Decision)> decisions, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        foreach (var chunk in decisions.Chunk(ChunkSize))
        {
            await DecideAsync(requester, batch, chunk, overrideRejection: true, tally, cancellationToken);
        }

        return tally.Outcome(unfinished: false);
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
    private async Task DecideAsync(RequesterId requester, BatchId batch, (AssignmentId Id, Decision Decision)[] chunk, bool overrideRejection, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var (approved, rejected, failures) = await ConflictRetry.RunAsync(db, async () =>
            {
                var now = time.UtcNowToTheMillisecond();
                var (approvedHere, rejectedHere, refused) = (0, 0, new List<Failure>());
                await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);

                // The chunk's work and its HITs in two reads. Each decision is then written and forgotten before the
                // next: every save scans all tracked entries (for changes, and for the listings), so keeping the chunk's
                // assignments, HITs and ledger entries tracked made a chunk's saves cost its size squared.
                var ids = chunk.Select(c => c.Id).Distinct().ToList();
                var assignments = await db.Assignments.AsNoTracking()
                    .Where(a => ids.Contains(a.Id) && a.RequesterId == requester && db.BatchRows.Any(r => r.BatchId == batch && r.HitId == a.HitId))
                    .ToDictionaryAsync(a => a.Id, cancellationToken);
                var hitIds = assignments.Values.Select(a => a.HitId).Distinct().ToList();
                var hits = await db.Hits.AsNoTracking().Where(h => hitIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, cancellationToken);
                foreach (var (id, decision) in chunk)
                {
                    var assignment = assignments.GetValueOrDefault(id);
                    if (Refusal(assignment, id, batch, decision, overrideRejection) is { } refusal)
                    {
                        refused.Add(refusal);
                        continue;
                    }

                    var hit = hits[assignment!.HitId];
                    db.Attach(assignment);
                    db.Attach(hit);
                    if (decision.Approve)
                    {
                        await approve.DecideAsync(assignment, hit, await types.OfAsync(db, hit, cancellationToken), decision.Feedback, overrideRejection, now, cancellationToken);
                        approvedHere++;
                    }
                    else
                    {
                        await reject.DecideAsync(assignment, hit, decision.Feedback!, now, cancellationToken);
                        rejectedHere++;
                    }

                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }

                await transaction.CommitAsync(cancellationToken);
                return (approvedHere, rejectedHere, refused);
            });
            tally.Add(approved, rejected, failures);
        }
        catch (DomainException refusal)
        {
            db.ChangeTracker.Clear();
            if (chunk.Length == 1)
            {
                tally.Add(0, 0, [new Failure(chunk[0].Id, refusal.Message, AwaitedNoDecision: false)]);
                return;
            }

            foreach (var one in chunk)
            {
                await DecideAsync(requester, batch, [one], overrideRejection, tally, cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static Failure? Refusal(Assignment? assignment, AssignmentId id, BatchId batch, Decision decision, bool overrideRejection) =>
        assignment is null
            ? new Failure(id, $"this assignment is not work of batch {batch}.", AwaitedNoDecision: false)
            : assignment.DecisionRefusal(decision.Approve, overrideRejection) is { } reason ? new Failure(id, reason, AwaitedNoDecision: true) : null;

    private sealed class Tally
    {
        private readonly List<Failure> _failures = [];
        private int _approved;
        private int _rejected;

        public void Add(int approved, int rejected, IEnumerable<Failure> failures)
        {
            _approved += approved;
            _rejected += rejected;
            _failures.AddRange(failures);
        }

        public Outcome Outcome(bool unfinished) => new(_approved, _rejected, _failures, unfinished);
    }
}
