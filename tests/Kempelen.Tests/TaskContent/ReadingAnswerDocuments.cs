using Kempelen.TaskContent;

namespace Kempelen.Tests.TaskContent;

/// <summary>Reading a QuestionFormAnswers document back into answers (for tests and the results CSV).</summary>
public sealed class ReadingAnswerDocuments
{
    [Fact]
    public void Every_answer_survives_writing_and_reading_exactly()
    {
        QuestionAnswer[] answers =
        [
            new FreeTextAnswer("essay", "line one\r\nline two\n\tindented  with  spaces  "),
            new FreeTextAnswer("markup", "<b>&amp;</b> \"quoted\" 'single' ]]> Zürich 🙂"),
            new FreeTextAnswer("empty", ""),
            new FreeTextAnswer("spaces", "   "),
            new SelectionAnswer("kinds", ["stop", "yield"], "speed & <limit>"),
            new SelectionAnswer("colour", [], "teal"),
            new SelectionAnswer("blank-other", ["a"], ""),
            new SelectionAnswer("size", ["large"], null),
        ];

        Assert.Equal(answers, AnswerDocument.Parse(AnswerDocument.Write(answers)));
    }

    [Fact]
    public void Flattened_for_an_export_each_answer_is_one_text_with_selections_joined_by_bars()
    {
        QuestionAnswer[] answers =
        [
            new FreeTextAnswer("essay", "line one\r\nline two, \"quoted\""),
            new FreeTextAnswer("empty", ""),
            new SelectionAnswer("kinds", ["stop", "yield"], "speed & <limit>"),
            new SelectionAnswer("size", ["large"], null),
        ];

        var flat = AnswerDocument.Flatten(AnswerDocument.Write(answers));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["essay"] = "line one\r\nline two, \"quoted\"",
                ["empty"] = "",
                ["kinds"] = "stop|yield|speed & <limit>",
                ["size"] = "large",
            },
            flat);
        Assert.Empty(AnswerDocument.Flatten(AnswerDocument.Write([])));
    }

    [Fact]
    public void The_writers_layout_read_without_a_parser_flattens_as_any_other_layout_of_the_same_answers_does()
    {
        QuestionAnswer[] answers =
        [
            new FreeTextAnswer("essay", "line one\r\nline two\n\tindented  with  spaces  "),
            new FreeTextAnswer("markup", "<b>&amp;</b> \"quoted\" 'single' ]]> Zürich 🙂"),
            new FreeTextAnswer("empty", ""),
            new SelectionAnswer("kinds", ["stop", "yield"], "speed & <limit>"),
            new SelectionAnswer("colour", [], "teal"),
            new SelectionAnswer("blank-other", ["a"], ""),
        ];
        var written = AnswerDocument.Write(answers);
        var elsewhere = written.Replace("\n<", "\n  <", StringComparison.Ordinal).Replace("&amp;", "&#38;", StringComparison.Ordinal);

        Assert.NotEqual(written, elsewhere);
        Assert.Equal(AnswerDocument.Flatten(elsewhere), AnswerDocument.Flatten(written));
        Assert.Equal("line one\r\nline two\n\tindented  with  spaces  ", AnswerDocument.Flatten(written)["essay"]);
        Assert.Equal("<b>&amp;</b> \"quoted\" 'single' ]]> Zürich 🙂", AnswerDocument.Flatten(written)["markup"]);
        Assert.Equal(("a|", "teal"), (AnswerDocument.Flatten(written)["blank-other"], AnswerDocument.Flatten(written)["colour"]));
        Assert.Equal(["essay", "markup", "empty", "kinds", "colour", "blank-other"], AnswerDocument.QuestionIdentifiers(written));
        Assert.Equal(AnswerDocument.QuestionIdentifiers(elsewhere), AnswerDocument.QuestionIdentifiers(written));
    }

    [Fact]
    public void A_form_post_reads_back_as_free_text_with_joined_values()
    {
        var xml = AnswerDocument.FromFormPost([("workerId", "W"), ("kinds", "stop"), ("kinds", "yield"), ("comment", "")]);

        Assert.Equal<QuestionAnswer>([new FreeTextAnswer("kinds", "stop|yield"), new FreeTextAnswer("comment", "")], AnswerDocument.Parse(xml));
    }

    [Fact]
    public void An_indented_document_from_elsewhere_reads_the_same()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd">
              <Answer>
                <QuestionIdentifier>kinds</QuestionIdentifier>
                <SelectionIdentifier>stop</SelectionIdentifier>
                <OtherSelectionText>speed limit</OtherSelectionText>
              </Answer>
              <Answer>
                <QuestionIdentifier>comment</QuestionIdentifier>
                <FreeText/>
              </Answer>
            </QuestionFormAnswers>
            """;

        Assert.Equal<QuestionAnswer>([new SelectionAnswer("kinds", ["stop"], "speed limit"), new FreeTextAnswer("comment", "")], AnswerDocument.Parse(xml));
    }

    [Fact]
    public void A_document_with_a_DTD_is_refused_before_any_entity_expands()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE QuestionFormAnswers [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"><Answer><QuestionIdentifier>q</QuestionIdentifier><FreeText>&x;</FreeText></Answer></QuestionFormAnswers>
            """;

        var refusal = Assert.Throws<FormatException>(() => AnswerDocument.Parse(xml));
        Assert.Contains("DTD", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier><FreeText>a</FreeText></Answer></QuestionFormAnswers>")]
    [InlineData("<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd\"><Answer><FreeText>a</FreeText></Answer></QuestionFormAnswers>")]
    [InlineData("<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd\"><Answer><QuestionIdentifier>q</QuestionIdentifier><UploadedFileSizeInBytes>10</UploadedFileSizeInBytes><UploadedFileKey>k</UploadedFileKey></Answer></QuestionFormAnswers>")]
    [InlineData("<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd\"><Answer><QuestionIdentifier>q</QuestionIdentifier><OtherSelectionText>o</OtherSelectionText><SelectionIdentifier>s</SelectionIdentifier></Answer></QuestionFormAnswers>")]
    [InlineData("<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd\"><Answer><QuestionIdentifier>q</QuestionIdentifier></Answer></QuestionFormAnswers>")]
    public void What_is_not_an_answer_document_is_a_format_error(string xml) =>
        Assert.Throws<FormatException>(() => AnswerDocument.Parse(xml));
}
