using System.Globalization;
using Kempelen.Accounts;
using Kempelen.Assignments;

namespace Kempelen.Batches;

/// <summary>
/// The MTurk way back in (mturk-compat §14): a results file with Approve marked "x" approves that row's work, text
/// in Reject rejects it with the text as feedback. Each row stands on its own: a bad row is reported with its line
/// and the rest still happen; only the batch's own work can be decided; work that is no longer awaiting a decision
/// is left as it is. The decisions go through <see cref="ReviewAssignments"/>' chunks, a transaction per hundred
/// rows, as the review grid's do.
/// </summary>
public sealed class ReviewBatch(ReviewAssignments review)
{
    public sealed record Outcome(int Approved, int Rejected, int Unchanged, IReadOnlyList<string> Errors);

    public async Task<Outcome> ExecuteAsync(RequesterId requester, BatchId batch, string csv, CancellationToken cancellationToken)
    {
        var table = CsvTable.Parse(csv);
        int Column(string name) => table.Columns.ToList().IndexOf(name);
        var (idColumn, approveColumn, rejectColumn) = (Column("AssignmentId"), Column("Approve"), Column("Reject"));
        if (idColumn < 0 || approveColumn < 0 || rejectColumn < 0)
        {
            throw new CsvException(["Line 1: a review file needs the columns AssignmentId, Approve and Reject, as in a downloaded results file."]);
        }

        var unchanged = 0;
        var errors = new List<(int Line, string Text)>();
        var decisions = new List<(AssignmentId Id, ReviewAssignments.Decision Decision)>();
        var lineOf = new Dictionary<AssignmentId, int>();
        foreach (var row in table.Rows)
        {
            var assignmentId = row.Fields[idColumn].Trim();
            var approveMark = row.Fields[approveColumn].Trim();
            var feedback = row.Fields[rejectColumn].Trim();
            void Error(string what) => errors.Add((row.Line, string.Create(CultureInfo.InvariantCulture, $"Line {row.Line} ({assignmentId}): {what}")));
            try
            {
                var id = AssignmentId.From(assignmentId);
                if (lineOf.TryGetValue(id, out var first))
                {
                    Error($"this assignment is on line {first} already; keep one row for it.");
                    continue;
                }

                switch (approveMark.Length > 0, feedback.Length > 0)
                {
                    case (true, true):
                        Error("both Approve and Reject are filled in; keep one.");
                        break;
                    case (true, false) when !approveMark.Equals("x", StringComparison.OrdinalIgnoreCase):
                        Error($"Approve takes an x to approve; got '{approveMark}'.");
                        break;
                    case (true, false):
                        decisions.Add((id, ReviewAssignments.Decision.ToApprove(null)));
                        lineOf[id] = row.Line;
                        break;
                    case (false, true):
                        Assignment.CheckFeedback(feedback);
                        decisions.Add((id, ReviewAssignments.Decision.ToReject(feedback)));
                        lineOf[id] = row.Line;
                        break;
                    default:
                        unchanged++;
                        break;
                }
            }
            catch (DomainException refusal)
            {
                Error(refusal.Message);
            }
        }

        var outcome = await review.DecideEachAsync(requester, batch, decisions, cancellationToken);

        foreach (var failure in outcome.Failures)
        {
            if (failure.AwaitedNoDecision)
            {
                unchanged++;
            }
            else
            {
                var line = lineOf[failure.AssignmentId];
                errors.Add((line, string.Create(CultureInfo.InvariantCulture, $"Line {line} ({failure.AssignmentId}): {failure.Reason}")));
            }
        }

        return new Outcome(outcome.Approved, outcome.Rejected, unchanged, [.. errors.OrderBy(e => e.Line).Select(e => e.Text)]);
    }
}
