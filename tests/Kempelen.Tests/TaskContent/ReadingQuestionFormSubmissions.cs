using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;
using static Kempelen.Tests.TaskContent.QuestionFormXml;

namespace Kempelen.Tests.TaskContent;

/// <summary>From the fields a browser posts for a rendered QuestionForm to the answers stored for the assignment.</summary>
public sealed class ReadingQuestionFormSubmissions
{
    private static readonly QuestionForm Form = Parse(
        Question("count", FreeText("<IsNumeric minValue=\"0\" maxValue=\"50\"/>"), required: true),
        Question("kinds", Selection(Choices("stop", "yield") + "<OtherSelection/>", "<MinSelectionCount>1</MinSelectionCount><MaxSelectionCount>3</MaxSelectionCount>")),
        Question("size", Selection(Choices("s", "m"), "<StyleSuggestion>dropdown</StyleSuggestion>")),
        Question("comment", FreeText(settings: "<NumberOfLinesSuggestion>3</NumberOfLinesSuggestion>")));

    [Fact]
    public void Fields_become_answers_in_form_order_and_other_fields_are_ignored()
    {
        var answers = QuestionFormSubmission.ToAnswers(Form, Fields(
            ("__RequestVerificationToken", "t"),
            ("comment", "fine\r\nthanks"),
            ("kinds", "stop"),
            ("kinds", "yield"),
            ("kinds.other", "speed limit"),
            ("size", "m"),
            ("count", "7")));

        Assert.Equal<QuestionAnswer>(
            [new FreeTextAnswer("count", "7"), new SelectionAnswer("kinds", ["stop", "yield"], "speed limit"), new SelectionAnswer("size", ["m"], null), new FreeTextAnswer("comment", "fine\r\nthanks")],
            answers);
    }

    [Fact]
    public void Empty_boxes_and_the_empty_select_option_are_no_answer()
    {
        var answers = QuestionFormSubmission.ToAnswers(Form, Fields(("count", ""), ("kinds.other", ""), ("size", ""), ("comment", "")));

        Assert.Empty(answers);
    }

    [Fact]
    public void Other_text_alone_is_an_answer_and_repeated_choices_collapse()
    {
        Assert.Equal<QuestionAnswer>([new SelectionAnswer("kinds", [], "teal")], QuestionFormSubmission.ToAnswers(Form, Fields(("kinds.other", "teal"))));
        Assert.Equal<QuestionAnswer>([new SelectionAnswer("kinds", ["stop"], null)], QuestionFormSubmission.ToAnswers(Form, Fields(("kinds", "stop"), ("kinds", "stop"))));
    }

    [Fact]
    public void Other_text_for_a_question_without_OtherSelection_is_not_read() =>
        Assert.Equal<QuestionAnswer>([new SelectionAnswer("size", ["s"], null)], QuestionFormSubmission.ToAnswers(Form, Fields(("size", "s"), ("size.other", "xl"))));

    [Fact]
    public void Forged_choices_are_kept_for_the_validator_to_refuse()
    {
        var answers = QuestionFormSubmission.ToAnswers(Form, Fields(("count", "1"), ("size", "xxl")));

        Assert.Equal([new AnswerError("size", "'xxl' is not one of the choices.")], QuestionFormValidator.Validate(Form, answers));
    }

    [Fact]
    public void A_valid_submission_is_stored_as_MTurks_answer_document()
    {
        var answers = QuestionFormSubmission.ToAnswers(Form, Fields(("count", "7"), ("kinds", "stop"), ("kinds.other", "speed & <limit>"), ("comment", "")));

        Assert.Empty(QuestionFormValidator.Validate(Form, answers));
        Assert.Equal(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd">
            <Answer>
            <QuestionIdentifier>count</QuestionIdentifier>
            <FreeText>7</FreeText>
            </Answer>
            <Answer>
            <QuestionIdentifier>kinds</QuestionIdentifier>
            <SelectionIdentifier>stop</SelectionIdentifier>
            <OtherSelectionText>speed &amp; &lt;limit&gt;</OtherSelectionText>
            </Answer>
            </QuestionFormAnswers>
            """,
            AnswerDocument.Write(answers));
    }

    [Fact]
    public void The_rendered_field_names_are_the_names_read_back()
    {
        var tree = Tree(QuestionFormRenderer.Render(Form));

        var names = tree.Descendants().Select(e => e.Attribute("name")?.Value).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["comment", "count", "kinds", "kinds.other", "size"], names);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Fields(params (string Name, string Value)[] fields) => QuestionFormSubmission.ByName(fields);
}
