namespace Kempelen.WorkerApp;

public sealed record HitGroupPage(IReadOnlyList<ListedGroup> Groups, int Page, bool HasNext);
