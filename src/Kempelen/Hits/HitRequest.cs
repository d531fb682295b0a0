namespace Kempelen.Hits;

/// <summary>What CreateHIT and CreateHITWithHITType ask for beyond the HIT type.</summary>
public sealed record HitRequest(
    int MaxAssignments,
    long LifetimeInSeconds,
    string? Question,
    string? HitLayoutId,
    IReadOnlyList<KeyValuePair<string, string>> LayoutParameters,
    string? RequesterAnnotation,
    string? UniqueRequestToken);
