using System.Text.RegularExpressions;

namespace Kempelen.Protocol.ApiModel;

/// <summary>One shape of the MTurk API model, reduced to what validation needs.</summary>
public sealed class Shape(string name, string type)
{
    public string Name { get; } = name;

    /// <summary>structure, list, string, integer, long, boolean or timestamp.</summary>
    public string Type { get; } = type;

    public IReadOnlyDictionary<string, Shape> Members { get; set; } = new Dictionary<string, Shape>();

    public IReadOnlySet<string> Required { get; set; } = new HashSet<string>();

    public Shape? Member { get; set; }

    public long? Min { get; set; }

    public long? Max { get; set; }

    public Regex? Pattern { get; set; }

    public string? PatternText { get; set; }

    public IReadOnlyList<string>? Enum { get; set; }
}
