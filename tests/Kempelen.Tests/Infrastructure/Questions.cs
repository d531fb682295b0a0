namespace Kempelen.Tests.Infrastructure;

public static class Questions
{
    public const string Html = """
        <HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">
          <HTMLContent><![CDATA[<!DOCTYPE html><html><body><form id="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">
          <input type="hidden" id="assignmentId" name="assignmentId" value=""><input name="colour"><input type="submit" id="submitButton"></form></body></html>]]></HTMLContent>
          <FrameHeight>400</FrameHeight>
        </HTMLQuestion>
        """;

    public const string External = """
        <ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">
          <ExternalURL>https://survey.example.org/task?study=7&amp;lang=en</ExternalURL>
          <FrameHeight>0</FrameHeight>
        </ExternalQuestion>
        """;

    public const string Form = """
        <QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
          <Overview><Title>Street signs</Title></Overview>
          <Question><QuestionIdentifier>count</QuestionIdentifier><IsRequired>true</IsRequired>
            <QuestionContent><Text>How many signs do you see?</Text></QuestionContent>
            <AnswerSpecification><FreeTextAnswer><Constraints><IsNumeric minValue="0" maxValue="50"/></Constraints></FreeTextAnswer></AnswerSpecification>
          </Question>
        </QuestionForm>
        """;
}
