using Kempelen.Qualifications;
using Kempelen.TaskContent;

namespace Kempelen.Tests.Qualifications;

/// <summary>How an AnswerKey turns a worker's test answers into a qualification value (mturk-compat §11.3).</summary>
public sealed class AnswerKeyGrading
{
    private const string Test = """
        <QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
          <Question>
            <QuestionIdentifier>capital</QuestionIdentifier>
            <QuestionContent><Text>Capital of France?</Text></QuestionContent>
            <AnswerSpecification><SelectionAnswer><Selections>
              <Selection><SelectionIdentifier>paris</SelectionIdentifier><Text>Paris</Text></Selection>
              <Selection><SelectionIdentifier>lyon</SelectionIdentifier><Text>Lyon</Text></Selection>
            </Selections></SelectionAnswer></AnswerSpecification>
          </Question>
          <Question>
            <QuestionIdentifier>primes</QuestionIdentifier>
            <QuestionContent><Text>Which are prime?</Text></QuestionContent>
            <AnswerSpecification><SelectionAnswer><StyleSuggestion>checkbox</StyleSuggestion><Selections>
              <Selection><SelectionIdentifier>two</SelectionIdentifier><Text>2</Text></Selection>
              <Selection><SelectionIdentifier>four</SelectionIdentifier><Text>4</Text></Selection>
              <Selection><SelectionIdentifier>five</SelectionIdentifier><Text>5</Text></Selection>
            </Selections></SelectionAnswer></AnswerSpecification>
          </Question>
          <Question>
            <QuestionIdentifier>comment</QuestionIdentifier>
            <QuestionContent><Text>Anything else?</Text></QuestionContent>
            <AnswerSpecification><FreeTextAnswer/></AnswerSpecification>
          </Question>
        </QuestionForm>
        """;

    private static string Key(string mapping = "") => $"""
        <AnswerKey xmlns="{AnswerKey.Namespace}">
          <Question>
            <QuestionIdentifier>capital</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>paris</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption>
            <DefaultScore>-5</DefaultScore>
          </Question>
          <Question>
            <QuestionIdentifier>primes</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>two</SelectionIdentifier><SelectionIdentifier>five</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption>
            <AnswerOption><SelectionIdentifier>two</SelectionIdentifier><AnswerScore>4</AnswerScore></AnswerOption>
          </Question>
          {mapping}
        </AnswerKey>
        """;

    private static SelectionAnswer Chose(string question, params string[] selections) => new(question, selections, null);

    [Fact]
    public void Without_a_mapping_the_value_is_the_summed_score_and_an_option_matches_only_its_exact_set()
    {
        var key = AnswerKey.Parse(Key(), Test);

        Assert.Equal(20, key.Score([Chose("capital", "paris"), Chose("primes", "five", "two")]));
        Assert.Equal(14, key.Score([Chose("capital", "paris"), Chose("primes", "two")]));
        Assert.Equal(10, key.Score([Chose("capital", "paris"), Chose("primes", "two", "four", "five")]));
        Assert.Equal(-5, key.Score([Chose("capital", "lyon")]));
    }

    [Fact]
    public void A_percentage_mapping_rounds_to_the_nearest_whole_percent()
    {
        var key = AnswerKey.Parse(Key("<QualificationValueMapping><PercentageMapping><MaximumSummedScore>20</MaximumSummedScore></PercentageMapping></QualificationValueMapping>"), Test);

        Assert.Equal(100, key.Score([Chose("capital", "paris"), Chose("primes", "two", "five")]));
        Assert.Equal(70, key.Score([Chose("capital", "paris"), Chose("primes", "two")]));
    }

    [Fact]
    public void A_scale_mapping_multiplies_and_a_range_mapping_looks_up_the_sum()
    {
        var scaled = AnswerKey.Parse(Key("<QualificationValueMapping><ScaleMapping><SummedScoreMultiplier>2.5</SummedScoreMultiplier></ScaleMapping></QualificationValueMapping>"), Test);
        var ranged = AnswerKey.Parse(Key("""
            <QualificationValueMapping><RangeMapping>
              <SummedScoreRange><InclusiveLowerBound>15</InclusiveLowerBound><InclusiveUpperBound>20</InclusiveUpperBound><QualificationValue>3</QualificationValue></SummedScoreRange>
              <SummedScoreRange><InclusiveLowerBound>0</InclusiveLowerBound><InclusiveUpperBound>14</InclusiveUpperBound><QualificationValue>1</QualificationValue></SummedScoreRange>
              <OutOfRangeQualificationValue>0</OutOfRangeQualificationValue>
            </RangeMapping></QualificationValueMapping>
            """), Test);

        Assert.Equal(35, scaled.Score([Chose("capital", "paris"), Chose("primes", "two")]));
        Assert.Equal(3, ranged.Score([Chose("capital", "paris"), Chose("primes", "two", "five")]));
        Assert.Equal(1, ranged.Score([Chose("capital", "paris"), Chose("primes", "two")]));
        Assert.Equal(0, ranged.Score([Chose("capital", "lyon")]));
    }

    [Theory]
    [InlineData("<Question><QuestionIdentifier>comment</QuestionIdentifier><DefaultScore>1</DefaultScore></Question>", "not a selection question")]
    [InlineData("<Question><QuestionIdentifier>missing</QuestionIdentifier></Question>", "not a selection question")]
    [InlineData("<Question><QuestionIdentifier>capital</QuestionIdentifier><AnswerOption><SelectionIdentifier>rome</SelectionIdentifier><AnswerScore>1</AnswerScore></AnswerOption></Question>", "'rome'")]
    [InlineData("<Question><QuestionIdentifier>capital</QuestionIdentifier><AnswerOption><SelectionIdentifier>paris</SelectionIdentifier><AnswerScore>ten</AnswerScore></AnswerOption></Question>", "whole number")]
    [InlineData("<QualificationValueMapping><RangeMapping><SummedScoreRange><InclusiveLowerBound>0</InclusiveLowerBound><InclusiveUpperBound>10</InclusiveUpperBound><QualificationValue>1</QualificationValue></SummedScoreRange><SummedScoreRange><InclusiveLowerBound>10</InclusiveLowerBound><InclusiveUpperBound>20</InclusiveUpperBound><QualificationValue>2</QualificationValue></SummedScoreRange><OutOfRangeQualificationValue>0</OutOfRangeQualificationValue></RangeMapping></QualificationValueMapping>", "overlap")]
    [InlineData("<QualificationValueMapping><PercentageMapping><MaximumSummedScore>0</MaximumSummedScore></PercentageMapping></QualificationValueMapping>", "positive")]
    public void A_key_that_does_not_fit_its_test_is_refused_with_the_reason(string content, string reason)
    {
        var refusal = Assert.Throws<DomainException>(() => AnswerKey.Parse($"""<AnswerKey xmlns="{AnswerKey.Namespace}">{content}</AnswerKey>""", Test));

        Assert.Equal(ErrorCode.InvalidParameterValue, refusal.Code);
        Assert.Equal("AnswerKey", refusal.Parameter);
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_xml_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => AnswerKey.Parse("<AnswerKey><Question>", Test));

        Assert.Contains("not well-formed", refusal.Message, StringComparison.Ordinal);
    }
}
