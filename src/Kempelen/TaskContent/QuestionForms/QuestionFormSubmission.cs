namespace Kempelen.TaskContent.QuestionForms;

/// <summary>Reads the fields of a posted QuestionForm (as <see cref="QuestionFormRenderer"/> names them) into answers.</summary>
public static class QuestionFormSubmission
{
    /// <summary>
    /// Posted fields (in the order sent, a name repeated for each checked box) keyed by name, as
    /// <see cref="ToAnswers"/> reads them; a name's values keep their order.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByName(IEnumerable<(string Name, string Value)> fields) =>
        fields.GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList(), StringComparer.Ordinal);

    /// <summary>
    /// One answer per answered question, in form order. An empty text box or an empty choice is no answer
    /// (MTurk stores no Answer for an unanswered optional question, mturk-compat §10.6); fields that belong to no
    /// question (the anti-forgery token, the submit button) are ignored. Choices are kept as posted, unknown ones
    /// included, for <see cref="QuestionFormValidator"/> to judge.
    /// </summary>
    public static IReadOnlyList<QuestionAnswer> ToAnswers(QuestionForm form, IReadOnlyDictionary<string, IReadOnlyList<string>> fields)
    {
        var answers = new List<QuestionAnswer>();
        foreach (var question in form.Questions)
        {
            switch (question.Answer)
            {
                case FreeTextSpecification:
                    if (First(fields, question.Identifier) is { } text)
                    {
                        answers.Add(new FreeTextAnswer(question.Identifier, text));
                    }

                    break;
                case SelectionSpecification selection:
                    var chosen = fields.GetValueOrDefault(question.Identifier, [])
                        .Where(value => value.Length > 0)
                        .Distinct(StringComparer.Ordinal)
                        .ToList();
                    var other = selection.OtherSelection is null ? null : First(fields, question.Identifier + QuestionFormRenderer.OtherSuffix);
                    if (chosen.Count > 0 || other is not null)
                    {
                        answers.Add(new SelectionAnswer(question.Identifier, chosen, other));
                    }

                    break;
            }
        }

        return answers;
    }

    private static string? First(IReadOnlyDictionary<string, IReadOnlyList<string>> fields, string name) =>
        fields.GetValueOrDefault(name, []).FirstOrDefault(value => value.Length > 0);
}
