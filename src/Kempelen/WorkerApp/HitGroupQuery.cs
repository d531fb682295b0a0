using Kempelen.Finance;

namespace Kempelen.WorkerApp;

public sealed record HitGroupQuery(string? Keywords, Money? MinimumReward, HitGroupSort Sort, int Page);
