namespace Kempelen.Hits;

/// <summary>What CreateHIT and CreateHITWithHITType ask for beyond the HIT type.</summary>
public sealed record HitRequest(
    int MaxAssignments,
    long LifetimeInSeconds,
    string? Question,
    string? HitLayoutId,
    string? RequesterAnnotation,
    string? UniqueRequestToken);
