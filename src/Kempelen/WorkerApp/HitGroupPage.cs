namespace Kempelen.WorkerApp;

public sealed record HitGroupPage(IReadOnlyList<HitGroupRow> Groups, int Page, bool HasNext);
