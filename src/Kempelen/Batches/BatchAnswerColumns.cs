using Kempelen.Hits;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.Batches;

/// <summary>
/// The names a batch's work answered under, kept as the work is handed in so that the results export knows its
/// Answer.* columns without reading every answer twice (once for the header, once for the rows).
/// </summary>
public static class BatchAnswerColumns
{
    /// <summary>
    /// Records the names of a HIT's newly handed-in answers with its batch's, inside the caller's transaction; a
    /// HIT that is not in a batch records nothing, and one not made from a project (as every batch's HIT is)
    /// costs no statement. Concurrent work in one batch may add the same name at once, so a name already there
    /// is skipped rather than refused.
    /// </summary>
    public static async Task RecordAsync(KempelenDb db, Hit hit, string answerDocument, CancellationToken cancellationToken)
    {
        if (hit.HitLayoutId is null)
        {
            return;
        }

        // In one order for every submit: two submits adding the same new names in different orders could otherwise
        // wait on each other's rows on PostgreSQL.
        var names = AnswerDocument.QuestionIdentifiers(answerDocument).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return;
        }

        // Only parameter placeholders are written into the text; the names are bound as {1}, {2}, ….
        var values = string.Join(" UNION ALL ", names.Select((_, i) => $"SELECT {{{i + 1}}} AS \"Name\""));
        var insert = $$"""
            INSERT INTO "BatchAnswerColumns" ("BatchId", "Name")
            SELECT r."BatchId", n."Name" FROM "BatchRows" AS r CROSS JOIN ({{values}}) AS n
            WHERE r."HitId" = {0}
            ON CONFLICT DO NOTHING
            """;
        await db.Database.ExecuteSqlRawAsync(insert, [hit.Id.Value, .. names], cancellationToken);
    }

    /// <summary>The batch's answer names in the results file's order (ordinal, as MTurk sorts them).</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(KempelenDb db, Batch batch, CancellationToken cancellationToken)
    {
        if (!batch.AnswerColumnsComplete)
        {
            await CompleteAsync(db, batch.Id, cancellationToken);
        }

        var names = await db.BatchAnswerColumns.AsNoTracking().Where(c => c.BatchId == batch.Id).Select(c => c.Name).ToListAsync(cancellationToken);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>
    /// For a batch published before names were recorded: every answer handed in is read once and its names
    /// recorded. Work handed in meanwhile records its own, so the set is whole however the two interleave, and
    /// doing it twice (two exports at once, or a crash before the batch is marked) records nothing new.
    /// </summary>
    private static async Task CompleteAsync(KempelenDb db, BatchId batch, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var answers =
            from row in db.BatchRows.AsNoTracking()
            where row.BatchId == batch
            join assignment in db.Assignments.AsNoTracking() on row.HitId equals assignment.HitId
            where assignment.Answer != null
            select assignment.Answer;
        await foreach (var answer in answers.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            names.UnionWith(AnswerDocument.QuestionIdentifiers(answer));
        }

        foreach (var name in names)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "BatchAnswerColumns" ("BatchId", "Name") VALUES ({batch.Value}, {name}) ON CONFLICT DO NOTHING""",
                cancellationToken);
        }

        await db.Batches.Where(b => b.Id == batch).ExecuteUpdateAsync(b => b.SetProperty(x => x.AnswerColumnsComplete, true), cancellationToken);
    }
}
