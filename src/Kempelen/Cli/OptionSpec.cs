namespace Kempelen.Cli;

/// <summary>One --option of a verb: a flag when it takes no value.</summary>
public sealed record OptionSpec(string Name, string Help, string? ValueName = null, string? Default = null, bool Required = false)
{
    public bool IsFlag => ValueName is null;
}
