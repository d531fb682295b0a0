using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;

namespace Kempelen.Qualifications;

/// <summary>
/// An AnswerKey that grades a qualification test at once (mturk-compat §11.3): each selection question's
/// options with their scores, a default score, and how the summed score maps to the qualification value.
/// </summary>
public sealed class AnswerKey
{
    public const string Namespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd";
    private const string Parameter = "AnswerKey";

    private readonly IReadOnlyList<KeyedQuestion> _questions;
    private readonly Func<int, int> _valueOf;

    private AnswerKey(IReadOnlyList<KeyedQuestion> questions, Func<int, int> valueOf)
    {
        _questions = questions;
        _valueOf = valueOf;
    }

    /// <summary>
    /// Reads a key and checks it against the test it grades: every keyed question must be a selection question
    /// of the test, and every selection it names one of that question's choices.
    /// </summary>
    public static AnswerKey Parse(string xml, string test)
    {
        XElement root;
        try
        {
            root = SafeXml.Load(xml, QuestionDocument.MaxBytes, LoadOptions.None).Root!;
        }
        catch (XmlException exception)
        {
            throw Invalid($"The AnswerKey is not well-formed XML: {exception.Message}");
        }

        if (root.Name.LocalName != "AnswerKey")
        {
            throw Invalid($"The root element must be AnswerKey (namespace {Namespace}); got '{root.Name.LocalName}'.");
        }

        var selections = QuestionForm.Parse(test).Questions
            .Where(q => q.Answer is SelectionSpecification)
            .ToDictionary(q => q.Identifier, q => ((SelectionSpecification)q.Answer).Selections.Select(s => s.Identifier).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var questions = new List<KeyedQuestion>();
        foreach (var question in Children(root, "Question"))
        {
            var id = Text(question, "QuestionIdentifier") ?? throw Invalid("Every Question of the AnswerKey needs a QuestionIdentifier.");
            if (!selections.TryGetValue(id, out var choices))
            {
                throw Invalid($"The AnswerKey scores question '{id}', which is not a selection question of the Test.");
            }

            var options = new List<(IReadOnlySet<string> Selections, int Score)>();
            foreach (var option in Children(question, "AnswerOption"))
            {
                var chosen = Children(option, "SelectionIdentifier").Select(s => s.Value.Trim()).ToHashSet(StringComparer.Ordinal);
                if (chosen.FirstOrDefault(s => !choices.Contains(s)) is { } unknown)
                {
                    throw Invalid($"The AnswerKey names selection '{unknown}' for question '{id}', which the Test does not offer.");
                }

                options.Add((chosen, Integer(option, "AnswerScore") ?? throw Invalid($"Every AnswerOption of question '{id}' needs an AnswerScore.")));
            }

            questions.Add(new KeyedQuestion(id, options, Integer(question, "DefaultScore") ?? 0));
        }

        return new AnswerKey(questions, Mapping(Children(root, "QualificationValueMapping").SingleOrDefault()));
    }

    /// <summary>The qualification value a worker's answers earn: summed scores, mapped as the key says.</summary>
    public int Score(IReadOnlyList<QuestionAnswer> answers)
    {
        var given = answers.OfType<SelectionAnswer>().ToDictionary(a => a.QuestionIdentifier, a => a.SelectionIdentifiers.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var sum = 0;
        foreach (var question in _questions)
        {
            var selected = given.GetValueOrDefault(question.Identifier) ?? [];
            var match = question.Options.FirstOrDefault(o => o.Selections.SetEquals(selected));
            sum += match.Selections is null ? question.DefaultScore : match.Score;
        }

        return _valueOf(sum);
    }

    private static Func<int, int> Mapping(XElement? mapping)
    {
        if (mapping is null)
        {
            return sum => sum;
        }

        if (Children(mapping, "PercentageMapping").SingleOrDefault() is { } percentage)
        {
            var maximum = Integer(percentage, "MaximumSummedScore") ?? throw Invalid("PercentageMapping needs MaximumSummedScore.");
            if (maximum <= 0)
            {
                throw Invalid($"MaximumSummedScore must be positive; got {maximum}.");
            }

            return sum => (int)Math.Round(100.0 * sum / maximum, MidpointRounding.AwayFromZero);
        }

        if (Children(mapping, "ScaleMapping").SingleOrDefault() is { } scale)
        {
            var text = Text(scale, "SummedScoreMultiplier") ?? throw Invalid("ScaleMapping needs SummedScoreMultiplier.");
            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var multiplier))
            {
                throw Invalid($"SummedScoreMultiplier must be a number; got '{text}'.");
            }

            return sum => (int)Math.Round(sum * multiplier, MidpointRounding.AwayFromZero);
        }

        if (Children(mapping, "RangeMapping").SingleOrDefault() is { } range)
        {
            var ranges = Children(range, "SummedScoreRange").Select(r => (
                Low: Integer(r, "InclusiveLowerBound") ?? throw Invalid("Every SummedScoreRange needs InclusiveLowerBound."),
                High: Integer(r, "InclusiveUpperBound") ?? throw Invalid("Every SummedScoreRange needs InclusiveUpperBound."),
                Value: Integer(r, "QualificationValue") ?? throw Invalid("Every SummedScoreRange needs QualificationValue."))).OrderBy(r => r.Low).ToList();
            var outOfRange = Integer(range, "OutOfRangeQualificationValue") ?? throw Invalid("RangeMapping needs OutOfRangeQualificationValue.");
            if (ranges.Count == 0)
            {
                throw Invalid("RangeMapping needs at least one SummedScoreRange.");
            }

            for (var i = 0; i < ranges.Count; i++)
            {
                if (ranges[i].Low > ranges[i].High)
                {
                    throw Invalid($"A SummedScoreRange runs from {ranges[i].Low} down to {ranges[i].High}.");
                }

                if (i > 0 && ranges[i].Low <= ranges[i - 1].High)
                {
                    throw Invalid($"SummedScoreRanges {ranges[i - 1].Low}–{ranges[i - 1].High} and {ranges[i].Low}–{ranges[i].High} overlap.");
                }
            }

            return sum => ranges.Where(r => r.Low <= sum && sum <= r.High).Select(r => (int?)r.Value).FirstOrDefault() ?? outOfRange;
        }

        throw Invalid("QualificationValueMapping needs a PercentageMapping, ScaleMapping or RangeMapping.");
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    private static string? Text(XElement parent, string name) => Children(parent, name).FirstOrDefault()?.Value.Trim();

    private static int? Integer(XElement parent, string name)
    {
        var text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"{name} must be a whole number; got '{text}'.");
    }

    private static DomainException Invalid(string message) => DomainException.InvalidParameter(Parameter, message);

    private sealed record KeyedQuestion(string Identifier, IReadOnlyList<(IReadOnlySet<string> Selections, int Score)> Options, int DefaultScore);
}
