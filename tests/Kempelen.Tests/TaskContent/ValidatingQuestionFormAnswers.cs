using System.Diagnostics;
using Kempelen.TaskContent;
using Kempelen.TaskContent.QuestionForms;
using static Kempelen.Tests.TaskContent.QuestionFormXml;

namespace Kempelen.Tests.TaskContent;

/// <summary>The server checks every answer against the form's constraints; the browser's checks can be bypassed.</summary>
public sealed class ValidatingQuestionFormAnswers
{
    private static readonly QuestionForm StreetSigns = Parse(
        Question("count", FreeText("<IsNumeric minValue=\"0\" maxValue=\"50\"/>"), required: true),
        Question("kinds", Selection(Choices("stop", "yield") + "<OtherSelection><Constraints><Length maxLength=\"10\"/></Constraints></OtherSelection>", "<MaxSelectionCount>2</MaxSelectionCount>")),
        Question("comment", FreeText()));

    [Fact]
    public void Answers_that_meet_every_constraint_have_no_errors() =>
        Assert.Empty(QuestionFormValidator.Validate(StreetSigns, [new FreeTextAnswer("count", "12"), new SelectionAnswer("kinds", ["stop"], "speed")]));

    [Fact]
    public void A_required_question_without_an_answer_is_refused_and_an_optional_one_is_not() =>
        AssertErrors(StreetSigns, [], ("count", "Enter an answer; this question is required."));

    [Fact]
    public void A_required_question_with_an_empty_answer_is_refused() =>
        AssertErrors(StreetSigns, [new FreeTextAnswer("count", "")], ("count", "Enter an answer; this question is required."));

    [Fact]
    public void A_minimum_length_makes_a_question_required_as_on_MTurk() =>
        AssertErrors(Parse(Question("q", FreeText("<Length minLength=\"2\"/>"))), [], ("q", "Enter an answer; this question is required."));

    [Theory]
    [InlineData("0")]
    [InlineData("50")]
    [InlineData("3.5")]
    [InlineData("+7")]
    [InlineData(".5")]
    [InlineData("1.")]
    public void A_numeric_answer_may_be_any_number_in_range(string count) =>
        Assert.Empty(QuestionFormValidator.Validate(StreetSigns, [new FreeTextAnswer("count", count)]));

    [Theory]
    [InlineData("abc")]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("50.01")]
    [InlineData(" 5")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    public void A_numeric_answer_outside_the_range_or_not_a_number_is_refused(string count) =>
        AssertErrors(StreetSigns, [new FreeTextAnswer("count", count)], ("count", $"Enter a number from 0 to 50; got '{count}'."));

    [Fact]
    public void Open_ended_numeric_ranges_say_so() =>
        AssertErrors(
            Parse(Question("a", FreeText("<IsNumeric minValue=\"1\"/>")), Question("b", FreeText("<IsNumeric maxValue=\"9\"/>")), Question("c", FreeText("<IsNumeric/>"))),
            [new FreeTextAnswer("a", "0"), new FreeTextAnswer("b", "10"), new FreeTextAnswer("c", "x")],
            ("a", "Enter a number of at least 1; got '0'."),
            ("b", "Enter a number of at most 9; got '10'."),
            ("c", "Enter a number; got 'x'."));

    [Fact]
    public void Lengths_are_counted_in_characters_including_spaces() =>
        AssertErrors(
            Parse(Question("short", FreeText("<Length minLength=\"3\"/>")), Question("long", FreeText("<Length maxLength=\"3\"/>"))),
            [new FreeTextAnswer("short", " a"), new FreeTextAnswer("long", "a  b")],
            ("short", "Enter at least 3 characters; the answer has 2."),
            ("long", "Enter at most 3 characters; the answer has 4."));

    [Fact]
    public void Every_regex_must_match_and_reports_its_own_error_text_or_MTurks_default()
    {
        var form = Parse(Question("zip", FreeText("<AnswerFormatRegex regex=\"^\\d{5}$\" errorText=\"Five digits.\"/><AnswerFormatRegex regex=\"^1\"/>")));

        AssertErrors(form, [new FreeTextAnswer("zip", "2345x")], ("zip", "Five digits."), ("zip", "Invalid input supplied."));
        Assert.Empty(QuestionFormValidator.Validate(form, [new FreeTextAnswer("zip", "12345")]));
    }

    [Fact]
    public void A_regex_searches_the_answer_like_JavaScripts_test() =>
        Assert.Empty(QuestionFormValidator.Validate(Parse(Question("q", FreeText("<AnswerFormatRegex regex=\"\\d\"/>"))), [new FreeTextAnswer("q", "room 7b")]));

    [Fact]
    public void The_i_flag_ignores_case() =>
        Assert.Empty(QuestionFormValidator.Validate(Parse(Question("q", FreeText("<AnswerFormatRegex regex=\"^regex\" flags=\"i\"/>"))), [new FreeTextAnswer("q", "RegExes")]));

    [Fact]
    public void Regexes_apply_to_an_unanswered_optional_question_so_MTurks_optional_idiom_works()
    {
        AssertErrors(Parse(Question("q", FreeText("<AnswerFormatRegex regex=\"\\S\" errorText=\"The content cannot be blank.\"/>"))), [], ("q", "The content cannot be blank."));
        Assert.Empty(QuestionFormValidator.Validate(Parse(Question("q", FreeText("<AnswerFormatRegex regex=\"(^$|\\S{2,})\"/>"))), []));
    }

    [Fact]
    public void A_regex_that_backtracks_too_long_refuses_the_answer_within_its_timeout()
    {
        var form = Parse(Question("q", FreeText("<AnswerFormatRegex regex=\"^(a|aa)+$\"/>")));
        var clock = Stopwatch.StartNew();

        AssertErrors(form, [new FreeTextAnswer("q", new string('a', 5000) + "!")], ("q", "The answer could not be checked against the required format in time; shorten or simplify it."));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Choices_the_form_does_not_offer_are_refused() =>
        AssertErrors(StreetSigns, [new FreeTextAnswer("count", "1"), new SelectionAnswer("kinds", ["stop", "<b>go</b>"], null)], ("kinds", "'<b>go</b>' is not one of the choices."));

    [Fact]
    public void Too_many_choices_are_refused_and_other_text_counts_as_one() =>
        AssertErrors(StreetSigns, [new FreeTextAnswer("count", "1"), new SelectionAnswer("kinds", ["stop", "yield"], "speed")], ("kinds", "Choose at most 2; got 3."));

    [Fact]
    public void A_choice_sent_twice_counts_once() =>
        Assert.Empty(QuestionFormValidator.Validate(StreetSigns, [new FreeTextAnswer("count", "1"), new SelectionAnswer("kinds", ["stop", "stop", "yield"], null)]));

    [Fact]
    public void Too_few_choices_are_refused()
    {
        var form = Parse(Question("q", Selection(Choices("a", "b", "c"), "<MinSelectionCount>2</MinSelectionCount><MaxSelectionCount>3</MaxSelectionCount>")));

        AssertErrors(form, [new SelectionAnswer("q", ["a"], null)], ("q", "Choose at least 2; got 1."));
    }

    [Fact]
    public void A_required_selection_without_an_answer_is_refused() =>
        AssertErrors(Parse(Question("q", Selection(Choices("a")), required: true)), [], ("q", "Choose an answer; this question is required."));

    [Fact]
    public void Other_text_is_checked_against_the_OtherSelection_constraints() =>
        AssertErrors(StreetSigns, [new FreeTextAnswer("count", "1"), new SelectionAnswer("kinds", [], "a very long sign")], ("kinds", "Enter at most 10 characters; the answer has 16."));

    [Fact]
    public void Other_text_for_a_question_without_OtherSelection_is_refused() =>
        AssertErrors(Parse(Question("q", Selection(Choices("a")))), [new SelectionAnswer("q", ["a"], "b")], ("q", "This question has no \"other\" answer."), ("q", "Choose at most 1; got 2."));

    [Fact]
    public void An_answer_of_the_wrong_kind_is_refused() =>
        AssertErrors(
            StreetSigns,
            [new SelectionAnswer("count", ["1"], null), new FreeTextAnswer("kinds", "stop")],
            ("count", "This question takes a text answer, not a choice."),
            ("kinds", "This question takes a choice, not a text answer."));

    [Fact]
    public void Two_answers_to_one_question_and_answers_to_unknown_questions_are_refused() =>
        AssertErrors(
            StreetSigns,
            [new FreeTextAnswer("count", "1"), new FreeTextAnswer("count", "2"), new FreeTextAnswer("extra", "x")],
            ("count", "The question was answered more than once; send one answer."),
            ("extra", "This form has no question 'extra'."));

    [Fact]
    public void A_required_legacy_file_upload_cannot_be_answered()
    {
        var form = QuestionForm.Parse(LegacyForm(Question("upload", "<FileUploadAnswer><MaxFileSizeInBytes>9</MaxFileSizeInBytes><MinFileSizeInBytes>1</MinFileSizeInBytes></FileUploadAnswer>", required: true)));

        AssertErrors(form, [], ("upload", "This question asks for a file upload, which Kempelen does not support."));
    }

    private static void AssertErrors(QuestionForm form, QuestionAnswer[] answers, params (string Question, string Message)[] expected) =>
        Assert.Equal(expected.Select(e => new AnswerError(e.Question, e.Message)), QuestionFormValidator.Validate(form, answers));
}
