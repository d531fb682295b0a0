using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Projects;

namespace Kempelen.Batches;

/// <summary>
/// One upload of a CSV published from a project: a HIT per row, all of one HIT type. The columns are kept in the
/// file's order because the results CSV gives them back as Input.* in that order (mturk-compat §14).
/// </summary>
public sealed class Batch
{
    private Batch()
    {
        Columns = [];
    }

    public BatchId Id { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public ProjectId ProjectId { get; private set; }

    public HitTypeId HitTypeId { get; private set; }

    public IReadOnlyList<string> Columns { get; private set; }

    public int HitCount { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Whether <see cref="BatchAnswerColumn"/> holds every answer name of the batch's work. Work handed in records
    /// its names as it arrives; only batches published before that was so start without, and are read once in full.
    /// </summary>
    public bool AnswerColumnsComplete { get; private set; }

    public static Batch Publish(RequesterId requester, ProjectId project, HitTypeId type, IReadOnlyList<string> columns, int hitCount, DateTime now) => new()
    {
        Id = BatchId.New(),
        RequesterId = requester,
        ProjectId = project,
        HitTypeId = type,
        Columns = columns,
        HitCount = hitCount,
        CreatedAt = now,
        AnswerColumnsComplete = true,
    };
}

/// <summary>The CSV row a batch's HIT was made from: its values in the batch's column order.</summary>
public sealed class BatchRow
{
    private BatchRow()
    {
        Values = [];
    }

    public BatchId BatchId { get; private set; }

    public int RowNumber { get; private set; }

    public HitId HitId { get; private set; }

    public IReadOnlyList<string> Values { get; private set; }

    public static BatchRow Of(BatchId batch, int rowNumber, HitId hit, IReadOnlyList<string> values) =>
        new() { BatchId = batch, RowNumber = rowNumber, HitId = hit, Values = values };
}
