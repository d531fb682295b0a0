namespace Kempelen.Protocol.Shapes;

public sealed record WorkerBlock
{
    public string? WorkerId { get; init; }

    public string? Reason { get; init; }

    public static WorkerBlock From(Qualifications.WorkerBlock block) => new()
    {
        WorkerId = block.WorkerId.Value,
        Reason = block.Reason,
    };
}
