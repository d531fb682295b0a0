using Kempelen.TaskContent.QuestionForms;
using static Kempelen.Tests.TaskContent.QuestionFormXml;

namespace Kempelen.Tests.TaskContent;

/// <summary>Reading a QuestionForm's parts and answer specifications, with the schema's defaults (mturk-compat §10.5).</summary>
public sealed class ParsingQuestionForms
{
    [Fact]
    public void Overviews_and_questions_keep_their_document_order()
    {
        var form = Parse(Overview("<Title>A</Title>"), Question("q1", FreeText()), Overview("<Title>B</Title>"), Question("q2", FreeText()));

        Assert.Equal(["FormOverview", "FormQuestion", "FormOverview", "FormQuestion"], form.Parts.Select(p => p.GetType().Name));
        Assert.Equal(["q1", "q2"], form.Questions.Select(q => q.Identifier));
    }

    [Fact]
    public void A_free_text_answer_reads_every_constraint()
    {
        var question = Assert.Single(Parse(Question(
            " count ",
            FreeText("<IsNumeric minValue=\"-5\" maxValue=\"50\"/><Length minLength=\"1\" maxLength=\"3\"/><AnswerFormatRegex regex=\"^\\d+$\" errorText=\"Digits.\" flags=\"i\"/>", "<DefaultText> 7 </DefaultText><NumberOfLinesSuggestion>2</NumberOfLinesSuggestion>"),
            required: true,
            displayName: " Count ")).Questions);

        Assert.Equal(("count", "Count", true), (question.Identifier, question.DisplayName, question.IsRequired));
        var spec = Assert.IsType<FreeTextSpecification>(question.Answer);
        Assert.Equal((true, -5L, 50L, 1, 3, " 7 ", 2), (spec.IsNumeric, spec.MinValue, spec.MaxValue, spec.MinLength, spec.MaxLength, spec.DefaultText, spec.NumberOfLinesSuggestion));
        var regex = Assert.Single(spec.Regexes);
        Assert.Equal((@"^\d+$", "Digits.", true), (regex.Pattern, regex.ErrorText, regex.IgnoreCase));
    }

    [Fact]
    public void A_selection_answer_defaults_to_exactly_one_choice_without_a_style()
    {
        var spec = Assert.IsType<SelectionSpecification>(Assert.Single(Parse(Question("q", Selection(Choices("a", "b")))).Questions).Answer);

        Assert.Equal((1, 1, (SelectionStyle?)null, (FreeTextSpecification?)null), (spec.MinSelectionCount, spec.MaxSelectionCount, spec.StyleSuggestion, spec.OtherSelection));
        Assert.Equal(["a", "b"], spec.Selections.Select(s => s.Identifier));
    }

    [Fact]
    public void An_OtherSelection_takes_the_options_of_a_free_text_answer()
    {
        var spec = Assert.IsType<SelectionSpecification>(Assert.Single(Parse(Question(
            "q",
            Selection(Choices("a") + "<OtherSelection><Constraints><Length maxLength=\"4\"/></Constraints><DefaultText>x</DefaultText></OtherSelection>", "<StyleSuggestion>multichooser</StyleSuggestion>"))).Questions).Answer);

        Assert.Equal(SelectionStyle.Multichooser, spec.StyleSuggestion);
        Assert.Equal((4, "x"), (spec.OtherSelection!.MaxLength, spec.OtherSelection.DefaultText));
    }

    [Fact]
    public void A_regex_no_engine_can_compile_is_left_out_rather_than_breaking_the_HIT()
    {
        // MTurk's own documentation shows this US phone number pattern with an unbalanced parenthesis.
        var spec = Assert.IsType<FreeTextSpecification>(Assert.Single(Parse(Question("phone", FreeText(
            "<AnswerFormatRegex regex=\"^(1[- ]?)?(\\([2-9]\\d{2}\\)\\s*|[2-9]\\d{2}-?)[2-9]\\d{2}-?\\d{4}$)\"/><AnswerFormatRegex regex=\"\\d\"/>"))).Questions).Answer);

        Assert.Equal([@"\d"], spec.Regexes.Select(r => r.Pattern));
    }

    [Theory]
    [InlineData("<IsRequired>yes</IsRequired>", "IsRequired")]
    [InlineData("<AnswerSpecification><SelectionAnswer><StyleSuggestion>dropdwn</StyleSuggestion><Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text></Selection></Selections></SelectionAnswer></AnswerSpecification>", "StyleSuggestion")]
    [InlineData("<AnswerSpecification><SelectionAnswer><MaxSelectionCount>0</MaxSelectionCount><Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text></Selection></Selections></SelectionAnswer></AnswerSpecification>", "MaxSelectionCount")]
    [InlineData("<AnswerSpecification><SelectionAnswer><Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text></Selection><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>B</Text></Selection></Selections></SelectionAnswer></AnswerSpecification>", "SelectionIdentifier")]
    [InlineData("<AnswerSpecification><SelectionAnswer><Selections><Selection><SelectionIdentifier>a</SelectionIdentifier></Selection></Selections></SelectionAnswer></AnswerSpecification>", "Text, FormattedContent or Binary")]
    [InlineData("<AnswerSpecification><FreeTextAnswer><Constraints><Length minLength=\"-1\"/></Constraints></FreeTextAnswer></AnswerSpecification>", "minLength")]
    [InlineData("<AnswerSpecification><FreeTextAnswer><Constraints><IsNumeric minValue=\"1.5\"/></Constraints></FreeTextAnswer></AnswerSpecification>", "minValue")]
    [InlineData("<AnswerSpecification><FreeTextAnswer><Constraints><AnswerFormatRegex errorText=\"x\"/></Constraints></FreeTextAnswer></AnswerSpecification>", "regex attribute")]
    [InlineData("<AnswerSpecification><FreeTextAnswer><NumberOfLinesSuggestion>many</NumberOfLinesSuggestion></FreeTextAnswer></AnswerSpecification>", "NumberOfLinesSuggestion")]
    public void Values_the_schema_does_not_allow_are_refused_as_an_invalid_Question(string part, string named)
    {
        var question = "<Question><QuestionIdentifier>q</QuestionIdentifier>"
            + (part.StartsWith("<IsRequired>", StringComparison.Ordinal) ? part + "<QuestionContent/><AnswerSpecification><FreeTextAnswer/></AnswerSpecification>" : "<QuestionContent/>" + part)
            + "</Question>";

        var refusal = Assert.Throws<DomainException>(() => QuestionForm.Parse(Form(question)));

        Assert.Equal("Question", refusal.Parameter);
        Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_QuestionForm_is_read() =>
        Assert.Contains("A QuestionForm is needed here", Assert.Throws<DomainException>(() => QuestionForm.Parse(Kempelen.Tests.Infrastructure.Questions.Html)).Message, StringComparison.Ordinal);
}
