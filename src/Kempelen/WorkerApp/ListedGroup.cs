using Kempelen.Qualifications;

namespace Kempelen.WorkerApp;

/// <summary>A group as one worker finds it: what it is, what they may do with it, and its requirements in words.</summary>
public sealed record ListedGroup(HitGroupRow Group, HitAccess Access, IReadOnlyList<RequirementLine> Requirements);
