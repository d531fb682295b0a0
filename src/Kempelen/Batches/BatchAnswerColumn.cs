namespace Kempelen.Batches;

/// <summary>
/// A name some work in a batch answered under: the results file's Answer.* columns, which must all be known
/// before its first line is written.
/// </summary>
public sealed class BatchAnswerColumn
{
    private BatchAnswerColumn()
    {
        Name = string.Empty;
    }

    public BatchId BatchId { get; private set; }

    public string Name { get; private set; }
}
