namespace Kempelen.TaskContent;

/// <summary>
/// The choices made for a SelectionAnswer question, in the order given, and the "other" text when the worker
/// typed one. At least one of the two is present in a stored answer.
/// </summary>
public sealed record SelectionAnswer(string QuestionIdentifier, IReadOnlyList<string> SelectionIdentifiers, string? OtherSelectionText)
    : QuestionAnswer(QuestionIdentifier)
{
    // Records compare lists by reference; two answers with the same choices are the same answer.
    public bool Equals(SelectionAnswer? other) =>
        other is not null
        && QuestionIdentifier == other.QuestionIdentifier
        && SelectionIdentifiers.SequenceEqual(other.SelectionIdentifiers, StringComparer.Ordinal)
        && OtherSelectionText == other.OtherSelectionText;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(QuestionIdentifier, StringComparer.Ordinal);
        foreach (var selection in SelectionIdentifiers)
        {
            hash.Add(selection, StringComparer.Ordinal);
        }

        hash.Add(OtherSelectionText, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
