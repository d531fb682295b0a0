using Kempelen.TaskContent;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.TaskContent;

/// <summary>Which Question documents a HIT accepts (mturk-compat §10.1–10.5).</summary>
public sealed class QuestionValidation
{
    [Fact]
    public void Recognises_the_three_question_kinds()
    {
        Assert.Equal(QuestionKind.HtmlQuestion, QuestionDocument.Validate(Questions.Html));
        Assert.Equal(QuestionKind.ExternalQuestion, QuestionDocument.Validate(Questions.External));
        Assert.Equal(QuestionKind.QuestionForm, QuestionDocument.Validate(Questions.Form));
    }

    [Fact]
    public void Accepts_the_legacy_QuestionForm_namespace() =>
        Assert.Equal(QuestionKind.QuestionForm, QuestionDocument.Validate(Questions.Form.Replace("2017-11-06", "2005-10-01", StringComparison.Ordinal)));

    [Theory]
    [InlineData("<HTMLQuestion")]
    [InlineData("not xml at all")]
    [InlineData("<Question xmlns=\"urn:x\"/>")]
    public void Refuses_what_is_not_a_question_document(string question) => AssertRefused(question, null);

    [Fact]
    public void Refuses_a_known_root_in_the_wrong_namespace() =>
        AssertRefused(Questions.Html.Replace("2011-11-11", "2099-01-01", StringComparison.Ordinal), "namespace");

    [Fact]
    public void Refuses_DTDs_so_no_entity_can_expand_or_read_files()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE HTMLQuestion [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd"><HTMLContent>&b;</HTMLContent><FrameHeight>1</FrameHeight></HTMLQuestion>
            """;
        AssertRefused(bomb, "DTD");
    }

    [Fact]
    public void Refuses_a_question_over_65535_bytes() =>
        AssertRefused(Questions.Html.Replace("<input name=\"colour\">", new string('é', 33_000), StringComparison.Ordinal), "65535");

    [Fact]
    public void Refuses_an_ExternalURL_that_is_not_https() =>
        AssertRefused(Questions.External.Replace("https://", "http://", StringComparison.Ordinal), "https");

    [Fact]
    public void Refuses_an_HTMLQuestion_without_content() =>
        AssertRefused(Questions.Html[..Questions.Html.IndexOf("<HTMLContent>", StringComparison.Ordinal)] + "<HTMLContent>  </HTMLContent><FrameHeight>1</FrameHeight></HTMLQuestion>", "HTMLContent");

    [Fact]
    public void Refuses_duplicate_question_identifiers()
    {
        var question = Questions.Form.Replace("</QuestionForm>", Questions.Form[Questions.Form.IndexOf("<Question>", StringComparison.Ordinal)..Questions.Form.IndexOf("</QuestionForm>", StringComparison.Ordinal)] + "</QuestionForm>", StringComparison.Ordinal);
        AssertRefused(question, "count");
    }

    private static void AssertRefused(string question, string? reason)
    {
        var refusal = Assert.Throws<DomainException>(() => QuestionDocument.Validate(question));
        Assert.Equal("Question", refusal.Parameter);
        Assert.StartsWith("The value \"", refusal.Message, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        }
    }
}
