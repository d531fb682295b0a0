using System.Text;
using Kempelen.TaskContent;

namespace Kempelen.Tests.TaskContent;

/// <summary>The QuestionFormAnswers document, byte for byte as MTurk lays it out (mturk-compat §10.4, §10.6).</summary>
public sealed class WritingAnswerDocuments
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd">

        """;

    [Fact]
    public void A_form_post_becomes_one_FreeText_answer_per_field_one_element_per_line()
    {
        var xml = AnswerDocument.FromFormPost([("colour", "red"), ("comment", "looks fine")]);

        Assert.Equal(
            Head + """
            <Answer>
            <QuestionIdentifier>colour</QuestionIdentifier>
            <FreeText>red</FreeText>
            </Answer>
            <Answer>
            <QuestionIdentifier>comment</QuestionIdentifier>
            <FreeText>looks fine</FreeText>
            </Answer>
            </QuestionFormAnswers>
            """,
            xml);
    }

    [Fact]
    public void An_empty_field_is_an_empty_FreeText_element()
    {
        var xml = AnswerDocument.FromFormPost([("comment", "")]);

        Assert.Equal(Head + "<Answer>\n<QuestionIdentifier>comment</QuestionIdentifier>\n<FreeText/>\n</Answer>\n</QuestionFormAnswers>", xml);
    }

    [Fact]
    public void MTurks_four_parameters_are_dropped_by_their_exact_names_only()
    {
        var xml = AnswerDocument.FromFormPost(
        [
            ("assignmentId", "3AMYWKA6YBLU92KSOGLNT786ABC"),
            ("hitId", "3ZQA3IO31BH4LY6SQ7T5AUZJ"),
            ("workerId", "A1WORKER"),
            ("turkSubmitTo", "https://task.example.org/s/token"),
            ("AssignmentID", "kept"),
        ]);

        Assert.Equal(Head + "<Answer>\n<QuestionIdentifier>AssignmentID</QuestionIdentifier>\n<FreeText>kept</FreeText>\n</Answer>\n</QuestionFormAnswers>", xml);
    }

    [Fact]
    public void A_name_sent_twice_is_one_answer_with_the_values_joined_by_a_bar_in_order_at_its_first_place()
    {
        var xml = AnswerDocument.FromFormPost([("kinds", "stop"), ("note", "n"), ("kinds", "yield"), ("kinds", ""), ("kinds", "speed")]);

        Assert.Equal(
            Head + """
            <Answer>
            <QuestionIdentifier>kinds</QuestionIdentifier>
            <FreeText>stop|yield||speed</FreeText>
            </Answer>
            <Answer>
            <QuestionIdentifier>note</QuestionIdentifier>
            <FreeText>n</FreeText>
            </Answer>
            </QuestionFormAnswers>
            """,
            xml);
    }

    [Fact]
    public void Markup_characters_are_escaped_as_text_and_quotes_are_left_alone()
    {
        var xml = AnswerDocument.FromFormPost([("a<b>&\"'", """<script>alert("x" & 'y')</script> ]]> [{"k":"v"}]""")]);

        Assert.Equal(
            Head + """
            <Answer>
            <QuestionIdentifier>a&lt;b&gt;&amp;"'</QuestionIdentifier>
            <FreeText>&lt;script&gt;alert("x" &amp; 'y')&lt;/script&gt; ]]&gt; [{"k":"v"}]</FreeText>
            </Answer>
            </QuestionFormAnswers>
            """,
            xml);
        Assert.DoesNotContain("CDATA", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Unicode_is_written_as_UTF_8_characters_not_references()
    {
        var xml = AnswerDocument.FromFormPost([("city", "Zürich 東京 🙂")]);

        var bytes = Encoding.UTF8.GetBytes(xml);
        var expected = Encoding.UTF8.GetBytes(Head + "<Answer>\n<QuestionIdentifier>city</QuestionIdentifier>\n<FreeText>Zürich 東京 🙂</FreeText>\n</Answer>\n</QuestionFormAnswers>");
        Assert.Equal(expected, bytes);
        Assert.Equal([0x5A, 0xC3, 0xBC], bytes[(xml.IndexOf('Z', StringComparison.Ordinal))..(xml.IndexOf('Z', StringComparison.Ordinal) + 3)]);
    }

    [Fact]
    public void Characters_XML_cannot_carry_are_dropped_while_tabs_and_line_breaks_survive()
    {
        var xml = AnswerDocument.FromFormPost([("text", "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDC00k\tl\nm\r\nn\u007F\u0085o")]);

        Assert.Equal(
            Head + "<Answer>\n<QuestionIdentifier>text</QuestionIdentifier>\n<FreeText>abcdefghijk\tl\nm&#13;\nn\u007F\u0085o</FreeText>\n</Answer>\n</QuestionFormAnswers>",
            xml);
    }

    [Fact]
    public void A_post_with_only_MTurks_parameters_is_an_empty_document()
    {
        var xml = AnswerDocument.FromFormPost([("assignmentId", "A")]);

        Assert.Equal(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"/>
            """,
            xml);
    }

    [Fact]
    public void QuestionForm_answers_write_selections_then_the_other_text()
    {
        var xml = AnswerDocument.Write(
        [
            new SelectionAnswer("kinds", ["stop", "yield"], "speed limit"),
            new SelectionAnswer("colour", [], "teal"),
            new SelectionAnswer("size", ["large"], null),
            new FreeTextAnswer("count", "3"),
        ]);

        Assert.Equal(
            Head + """
            <Answer>
            <QuestionIdentifier>kinds</QuestionIdentifier>
            <SelectionIdentifier>stop</SelectionIdentifier>
            <SelectionIdentifier>yield</SelectionIdentifier>
            <OtherSelectionText>speed limit</OtherSelectionText>
            </Answer>
            <Answer>
            <QuestionIdentifier>colour</QuestionIdentifier>
            <OtherSelectionText>teal</OtherSelectionText>
            </Answer>
            <Answer>
            <QuestionIdentifier>size</QuestionIdentifier>
            <SelectionIdentifier>large</SelectionIdentifier>
            </Answer>
            <Answer>
            <QuestionIdentifier>count</QuestionIdentifier>
            <FreeText>3</FreeText>
            </Answer>
            </QuestionFormAnswers>
            """,
            xml);
    }

    [Fact]
    public void Two_answers_to_one_question_are_a_bug_in_the_caller()
    {
        var refusal = Assert.Throws<ArgumentException>(() => AnswerDocument.Write([new FreeTextAnswer("q", "a"), new FreeTextAnswer("q", "b")]));
        Assert.Contains("'q' is answered twice", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selection_answer_without_any_choice_is_a_bug_in_the_caller() =>
        Assert.Throws<ArgumentException>(() => AnswerDocument.Write([new SelectionAnswer("q", [], null)]));
}
