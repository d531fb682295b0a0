using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kempelen.Protocol.ApiModel;

/// <summary>
/// botocore's model of the MTurk API (2017-01-17), loaded once at start. It is the contract: validation walks its
/// shapes and a test checks the operation table and the wire records against it.
/// </summary>
public sealed class MTurkApiModel
{
    public const string TargetPrefix = "MTurkRequesterServiceV20170117";
    private readonly Dictionary<string, Shape> _inputs = new(StringComparer.Ordinal);

    private MTurkApiModel(JsonElement root)
    {
        var shapes = root.GetProperty("shapes");
        var built = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var shape in shapes.EnumerateObject())
        {
            built[shape.Name] = new Shape(shape.Name, shape.Value.GetProperty("type").GetString()!);
        }

        foreach (var shape in shapes.EnumerateObject())
        {
            Complete(built[shape.Name], shape.Value, built);
        }

        foreach (var operation in root.GetProperty("operations").EnumerateObject())
        {
            var input = operation.Value.TryGetProperty("input", out var i) ? built[i.GetProperty("shape").GetString()!] : new Shape(operation.Name, "structure");
            _inputs[operation.Name] = input;
        }

        Shapes = built;
    }

    public static MTurkApiModel Instance { get; } = Load();

    public IReadOnlyDictionary<string, Shape> Shapes { get; }

    public IEnumerable<string> OperationNames => _inputs.Keys;

    public bool TryGetInput(string operation, out Shape input) => _inputs.TryGetValue(operation, out input!);

    private static MTurkApiModel Load()
    {
        using var stream = typeof(MTurkApiModel).Assembly.GetManifestResourceStream("Kempelen.Protocol.ApiModel.service-2.json")
            ?? throw new InvalidOperationException("The MTurk API model is not embedded in the assembly.");
        using var document = JsonDocument.Parse(stream);
        return new MTurkApiModel(document.RootElement);
    }

    private static void Complete(Shape shape, JsonElement json, Dictionary<string, Shape> all)
    {
        if (json.TryGetProperty("members", out var members))
        {
            shape.Members = members.EnumerateObject().ToDictionary(m => m.Name, m => all[m.Value.GetProperty("shape").GetString()!], StringComparer.Ordinal);
        }

        if (json.TryGetProperty("required", out var required))
        {
            shape.Required = required.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
        }

        if (json.TryGetProperty("member", out var member))
        {
            shape.Member = all[member.GetProperty("shape").GetString()!];
        }

        if (json.TryGetProperty("min", out var min))
        {
            shape.Min = min.GetInt64();
        }

        if (json.TryGetProperty("max", out var max))
        {
            shape.Max = max.GetInt64();
        }

        if (json.TryGetProperty("pattern", out var pattern))
        {
            shape.PatternText = pattern.GetString()!;
            shape.Pattern = new Regex(shape.PatternText, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }

        if (json.TryGetProperty("enum", out var values))
        {
            shape.Enum = values.EnumerateArray().Select(v => v.GetString()!).ToList();
        }
    }
}
