using System.Text.Json;

namespace Kempelen.WorkerApp.Api;

/// <summary>
/// {"answers": {"field": "value", "choices": ["a", "b"], ...}}: each field becomes one answer, as the fields of an
/// HTML form do; a list stands for a field sent several times (a group of checkboxes).
/// </summary>
public sealed record SubmitRequest(Dictionary<string, JsonElement>? Answers)
{
    public IEnumerable<(string Name, string Value)> AnswerFields()
    {
        foreach (var (name, value) in Answers ?? [])
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        yield return (name, Text(name, item));
                    }

                    break;
                default:
                    yield return (name, Text(name, value));
                    break;
            }
        }
    }

    private static string Text(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => string.Empty,
        _ => throw DomainException.InvalidParameter("answers", $"The answer '{name}' must be a string, a number, a boolean or a list of those."),
    };
}
