namespace Kempelen.Storage;

/// <summary>
/// Patterns for a case-insensitive "contains" search with EF.Functions.Like(column.ToLower(), pattern, Escape): both
/// sides are lower-cased because SQLite's LIKE ignores case and PostgreSQL's does not, and the words' own % and _
/// are escaped so they match themselves.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string words) =>
        "%" + words.Trim().ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
