using System.Globalization;
using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// The MTurk way back in (mturk-compat §14): a results file with Approve marked "x" approves that row's work, text
/// in Reject rejects it with the text as feedback. Each row is decided on its own, so a bad row is reported with
/// its line and the rest still happen; only the batch's own work can be decided; work that is no longer awaiting a decision is left as it is.
/// </summary>
public sealed class ReviewBatch(KempelenDb db, ApproveAssignment approve, RejectAssignment reject)
{
    public sealed record Outcome(int Approved, int Rejected, int Unchanged, IReadOnlyList<string> Errors);

    public async Task<Outcome> ExecuteAsync(RequesterId requester, BatchId batch, string csv, CancellationToken cancellationToken)
    {
        await BatchHits.EnsureExistsAsync(db, requester, batch, cancellationToken);

        var table = CsvTable.Parse(csv);
        int Column(string name) => table.Columns.ToList().IndexOf(name);
        var (idColumn, approveColumn, rejectColumn) = (Column("AssignmentId"), Column("Approve"), Column("Reject"));
        if (idColumn < 0 || approveColumn < 0 || rejectColumn < 0)
        {
            throw new CsvException(["Line 1: a review file needs the columns AssignmentId, Approve and Reject, as in a downloaded results file."]);
        }

        int approved = 0, rejected = 0, unchanged = 0;
        var errors = new List<string>();
        foreach (var row in table.Rows)
        {
            var assignmentId = row.Fields[idColumn].Trim();
            var approveMark = row.Fields[approveColumn].Trim();
            var feedback = row.Fields[rejectColumn].Trim();
            string Where() => string.Create(CultureInfo.InvariantCulture, $"Line {row.Line} ({assignmentId})");
            try
            {
                var id = AssignmentId.From(assignmentId);
                if (!await db.Assignments.AnyAsync(a => a.Id == id && db.BatchRows.Any(r => r.BatchId == batch && r.HitId == a.HitId), cancellationToken))
                {
                    errors.Add($"{Where()}: this assignment is not work of batch {batch}.");
                    continue;
                }

                switch (approveMark.Length > 0, feedback.Length > 0)
                {
                    case (true, true):
                        errors.Add($"{Where()}: both Approve and Reject are filled in; keep one.");
                        break;
                    case (true, false) when !approveMark.Equals("x", StringComparison.OrdinalIgnoreCase):
                        errors.Add($"{Where()}: Approve takes an x to approve; got '{approveMark}'.");
                        break;
                    case (true, false):
                        // Approving a rejected row overrides the rejection, as MTurk's upload does.
                        await approve.ExecuteAsync(requester, assignmentId, feedback: null, overrideRejection: true, cancellationToken);
                        approved++;
                        break;
                    case (false, true):
                        await reject.ExecuteAsync(requester, assignmentId, feedback, cancellationToken);
                        rejected++;
                        break;
                    default:
                        unchanged++;
                        break;
                }
            }
            catch (DomainException refusal) when (refusal.Code == ErrorCode.InvalidAssignmentState)
            {
                unchanged++;
            }
            catch (DomainException refusal)
            {
                errors.Add($"{Where()}: {refusal.Message}");
            }
        }

        return new Outcome(approved, rejected, unchanged, errors);
    }
}
