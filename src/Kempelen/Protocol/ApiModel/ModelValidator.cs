using System.Globalization;
using System.Text.Json;

namespace Kempelen.Protocol.ApiModel;

/// <summary>
/// Walks a request's JSON against its input shape and collects every violated constraint, in the format AWS's
/// front end uses (mturk-compat §3.2): "Value '0.001' at 'reward' failed to satisfy constraint: …". The SDKs
/// check little of this on the client side, so this is where it is enforced.
/// </summary>
public static class ModelValidator
{
    public static IReadOnlyList<string> Validate(Shape input, JsonElement request)
    {
        var violations = new List<string>();
        if (request.ValueKind != JsonValueKind.Object)
        {
            violations.Add("The request body must be a JSON object.");
            return violations;
        }

        ValidateStructure(input, request, path: null, violations);
        return violations;
    }

    public static string Describe(IReadOnlyList<string> violations) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{violations.Count} validation error{(violations.Count == 1 ? string.Empty : "s")} detected: {string.Join("; ", violations)}");

    private static void ValidateStructure(Shape shape, JsonElement value, string? path, List<string> violations)
    {
        foreach (var required in shape.Required)
        {
            if (!value.TryGetProperty(required, out var member) || member.ValueKind == JsonValueKind.Null)
            {
                violations.Add($"Value null at '{Join(path, required)}' failed to satisfy constraint: Member must not be null");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            // Unknown members are ignored, as AWS JSON services do (mturk-compat §1.2).
            if (shape.Members.TryGetValue(property.Name, out var memberShape) && property.Value.ValueKind != JsonValueKind.Null)
            {
                ValidateValue(memberShape, property.Value, Join(path, property.Name), violations);
            }
        }
    }

    private static void ValidateValue(Shape shape, JsonElement value, string path, List<string> violations)
    {
        switch (shape.Type)
        {
            case "structure":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must be an object");
                    return;
                }

                ValidateStructure(shape, value, path, violations);
                return;
            case "list":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must be a list");
                    return;
                }

                CheckLength(shape, value.GetArrayLength(), value, path, violations);
                var position = 1;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.{position}.member");
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        violations.Add($"Value null at '{itemPath}' failed to satisfy constraint: Member must not be null");
                    }
                    else
                    {
                        ValidateValue(shape.Member!, item, itemPath, violations);
                    }

                    position++;
                }

                return;
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must be a string");
                    return;
                }

                var text = value.GetString()!;
                CheckLength(shape, text.Length, value, path, violations);
                if (shape.Pattern is not null && !Matches(shape, text))
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {shape.PatternText}");
                }

                if (shape.Enum is not null && !shape.Enum.Contains(text, StringComparer.Ordinal))
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", shape.Enum)}]");
                }

                return;
            case "integer" or "long":
                var fits = value.ValueKind == JsonValueKind.Number
                    && (shape.Type == "integer" ? value.TryGetInt32(out _) : value.TryGetInt64(out _));
                if (!fits)
                {
                    var kind = shape.Type == "integer" ? "a 32-bit integer" : "a 64-bit integer";
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must be {kind}");
                    return;
                }

                var number = value.GetInt64();
                if (shape.Min is { } min && number < min)
                {
                    violations.Add(string.Create(CultureInfo.InvariantCulture, $"{Show(value)} at '{path}' failed to satisfy constraint: Member must have value greater than or equal to {min}"));
                }

                if (shape.Max is { } max && number > max)
                {
                    violations.Add(string.Create(CultureInfo.InvariantCulture, $"{Show(value)} at '{path}' failed to satisfy constraint: Member must have value less than or equal to {max}"));
                }

                return;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must be a boolean");
                }

                return;
            case "timestamp":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds) || !double.IsFinite(seconds))
                {
                    violations.Add($"{Show(value)} at '{path}' failed to satisfy constraint: Member must be a timestamp in seconds since the Unix epoch");
                }

                return;
            default:
                throw new InvalidOperationException($"The API model uses a shape type this validator does not know: {shape.Type}.");
        }
    }

    private static void CheckLength(Shape shape, int length, JsonElement value, string path, List<string> violations)
    {
        if (shape.Min is { } min && length < min)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{Show(value)} at '{path}' failed to satisfy constraint: Member must have length greater than or equal to {min}"));
        }

        if (shape.Max is { } max && length > max)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{Show(value)} at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max}"));
        }
    }

    private static bool Matches(Shape shape, string text)
    {
        try
        {
            return shape.Pattern!.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>AWS names members with a lower-case first letter, nested with dots.</summary>
    private static string Join(string? path, string member)
    {
        var name = char.ToLowerInvariant(member[0]) + member[1..];
        return path is null ? name : $"{path}.{name}";
    }

    private static string Show(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Object => "{...}",
            JsonValueKind.Array => "[...]",
            _ => value.GetRawText(),
        };
        return $"Value '{(text.Length > 100 ? text[..100] + "…" : text)}'";
    }
}
