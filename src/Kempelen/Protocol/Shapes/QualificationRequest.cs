namespace Kempelen.Protocol.Shapes;

/// <summary>The model's QualificationRequest shape: a pending request with the test as the worker saw it and their answers.</summary>
public sealed record QualificationRequest
{
    public string? QualificationRequestId { get; init; }

    public string? QualificationTypeId { get; init; }

    public string? WorkerId { get; init; }

    public string? Test { get; init; }

    public string? Answer { get; init; }

    public DateTime? SubmitTime { get; init; }

    public static QualificationRequest From(Qualifications.QualificationRequest request) => new()
    {
        QualificationRequestId = request.Id.Value,
        QualificationTypeId = request.QualificationTypeId.Value,
        WorkerId = request.WorkerId.Value,
        Test = request.Test,
        Answer = request.Answer,
        SubmitTime = request.SubmitTime,
    };
}
