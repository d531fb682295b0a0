using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kempelen.TaskContent.QuestionForms;

/// <summary>
/// Checks answers against a QuestionForm's constraints on the server, because the browser's checks can be
/// bypassed: required questions, numeric ranges, lengths, regexes, selection counts, unknown choices, and answers
/// to questions the form does not have. MTurk documents that stored answers may not meet the specification
/// (mturk-compat §10.5); Kempelen refuses them instead, so a requester can rely on them.
/// </summary>
public static class QuestionFormValidator
{
    /// <summary>Every problem found, in form order; an empty list means the answers can be submitted.</summary>
    public static IReadOnlyList<AnswerError> Validate(QuestionForm form, IReadOnlyList<QuestionAnswer> answers)
    {
        var errors = new List<AnswerError>();
        var byQuestion = answers.ToLookup(a => a.QuestionIdentifier, StringComparer.Ordinal);
        foreach (var question in form.Questions)
        {
            var given = byQuestion[question.Identifier].ToList();
            if (given.Count > 1)
            {
                errors.Add(new AnswerError(question.Identifier, "The question was answered more than once; send one answer."));
                continue;
            }

            foreach (var message in Check(question, given.SingleOrDefault()))
            {
                errors.Add(new AnswerError(question.Identifier, message));
            }
        }

        var known = form.Questions.Select(q => q.Identifier).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in answers.Select(a => a.QuestionIdentifier).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            errors.Add(new AnswerError(unknown, $"This form has no question '{unknown}'."));
        }

        return errors;
    }

    private static List<string> Check(FormQuestion question, QuestionAnswer? answer) => (question.Answer, answer) switch
    {
        (FreeTextSpecification spec, null) => CheckText(spec, "", question.IsRequired),
        (FreeTextSpecification spec, FreeTextAnswer text) => CheckText(spec, text.Text, question.IsRequired),
        (SelectionSpecification, null) => question.IsRequired ? ["Choose an answer; this question is required."] : [],
        (SelectionSpecification spec, SelectionAnswer selection) => CheckSelection(spec, selection),
        (FileUploadSpecification, _) => question.IsRequired || answer is not null
            ? ["This question asks for a file upload, which Kempelen does not support."]
            : [],
        (FreeTextSpecification, _) => ["This question takes a text answer, not a choice."],
        (SelectionSpecification, _) => ["This question takes a choice, not a text answer."],
        _ => throw new UnreachableException($"Unknown answer specification {question.Answer.GetType().Name}."),
    };

    private static List<string> CheckText(FreeTextSpecification spec, string text, bool required)
    {
        // A minLength counts as IsRequired (MTurk's QuestionForm docs).
        if (text.Length == 0 && (required || spec.MinLength > 0))
        {
            return ["Enter an answer; this question is required."];
        }

        var errors = new List<string>();
        if (text.Length > 0)
        {
            CheckNumber(spec, text, errors);

            // Lengths count UTF-16 code units, as the browser's minlength and maxlength do.
            if (text.Length < spec.MinLength)
            {
                errors.Add(Invariant($"Enter at least {spec.MinLength} characters; the answer has {text.Length}."));
            }

            if (text.Length > spec.MaxLength)
            {
                errors.Add(Invariant($"Enter at most {spec.MaxLength} characters; the answer has {text.Length}."));
            }
        }

        // The regexes apply to an empty answer too: MTurk's docs make an optional field accept "" with "(^$|…)".
        foreach (var regex in spec.Regexes)
        {
            CheckRegex(regex, text, errors);
        }

        return errors;
    }

    private static void CheckNumber(FreeTextSpecification spec, string text, List<string> errors)
    {
        if (!spec.IsNumeric)
        {
            return;
        }

        var range = (spec.MinValue, spec.MaxValue) switch
        {
            (null, null) => "",
            ({ } min, null) => Invariant($" of at least {min}"),
            (null, { } max) => Invariant($" of at most {max}"),
            ({ } min, { } max) => Invariant($" from {min} to {max}"),
        };
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number < spec.MinValue
            || number > spec.MaxValue)
        {
            errors.Add($"Enter a number{range}; got '{Shorten(text)}'.");
        }
    }

    private static void CheckRegex(AnswerFormatRegex regex, string text, List<string> errors)
    {
        try
        {
            if (!regex.IsMatch(text))
            {
                errors.Add(regex.ErrorText ?? QuestionFormRenderer.DefaultRegexError);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            errors.Add("The answer could not be checked against the required format in time; shorten or simplify it.");
        }
    }

    private static List<string> CheckSelection(SelectionSpecification spec, SelectionAnswer answer)
    {
        var errors = new List<string>();
        var offered = spec.Selections.Select(s => s.Identifier).ToHashSet(StringComparer.Ordinal);
        var chosen = answer.SelectionIdentifiers.Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in chosen.Where(id => !offered.Contains(id)))
        {
            errors.Add($"'{Shorten(unknown)}' is not one of the choices.");
        }

        // An empty "other" box is no answer; text in it counts as one choice.
        var other = string.IsNullOrEmpty(answer.OtherSelectionText) ? null : answer.OtherSelectionText;
        if (other is not null && spec.OtherSelection is null)
        {
            errors.Add("This question has no \"other\" answer.");
        }
        else if (other is not null && spec.OtherSelection is not null)
        {
            errors.AddRange(CheckText(spec.OtherSelection, other, required: false));
        }

        var count = chosen.Count + (other is null ? 0 : 1);
        if (count < spec.MinSelectionCount)
        {
            errors.Add(Invariant($"Choose at least {spec.MinSelectionCount}; got {count}."));
        }

        if (count > spec.MaxSelectionCount)
        {
            errors.Add(Invariant($"Choose at most {spec.MaxSelectionCount}; got {count}."));
        }

        return errors;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
