namespace Kempelen.Tests.Infrastructure;

/// <summary>Builders of CreateQualificationType requests and the test, key and answers that go with them.</summary>
public static class QualificationTypeRequests
{
    public const string Test = """
        <QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
          <Question><QuestionIdentifier>colour</QuestionIdentifier><IsRequired>true</IsRequired>
            <QuestionContent><Text>Which word is a colour?</Text></QuestionContent>
            <AnswerSpecification><SelectionAnswer><StyleSuggestion>radiobutton</StyleSuggestion><Selections>
              <Selection><SelectionIdentifier>red</SelectionIdentifier><Text>red</Text></Selection>
              <Selection><SelectionIdentifier>fast</SelectionIdentifier><Text>fast</Text></Selection>
            </Selections></SelectionAnswer></AnswerSpecification>
          </Question>
        </QuestionForm>
        """;

    public const string AnswerKey = """
        <AnswerKey xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd">
          <Question><QuestionIdentifier>colour</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>red</SelectionIdentifier><AnswerScore>100</AnswerScore></AnswerOption>
          </Question>
        </AnswerKey>
        """;

    public const string Answer = """
        <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd">
          <Answer><QuestionIdentifier>colour</QuestionIdentifier><SelectionIdentifier>red</SelectionIdentifier></Answer>
        </QuestionFormAnswers>
        """;

    public static Dictionary<string, object?> Create(string? name = null) => new()
    {
        ["Name"] = name ?? $"Colour vision {Guid.NewGuid():N}",
        ["Description"] = "Workers who can tell colours apart",
        ["Keywords"] = "colour, vision",
        ["QualificationTypeStatus"] = "Active",
    };

    public static Dictionary<string, object?> CreateWithTest(string? name = null) =>
        Create(name).With("Test", Test).With("AnswerKey", AnswerKey).With("TestDurationInSeconds", 600);

    /// <summary>Creates the type and answers its ID.</summary>
    public static async Task<string> CreateQualificationTypeAsync(this MTurkClient client, Dictionary<string, object?>? request = null) =>
        (await client.CallAsync("CreateQualificationType", request ?? Create())).EnsureOk()["QualificationType"].GetProperty("QualificationTypeId").GetString()!;

    /// <summary>A HIT whose type requires the qualification type (Exists); answers its ID.</summary>
    public static async Task<string> CreateHitRequiringAsync(this MTurkClient client, string qualificationTypeId, long lifetime = 3600) =>
        (await client.CallAsync("CreateHIT", HitRequests.CreateHit(maxAssignments: 1, lifetime: lifetime)
                .With("QualificationRequirements", new[] { new { QualificationTypeId = qualificationTypeId, Comparator = "Exists" } })))
            .EnsureOk()["HIT"].GetProperty("HITId").GetString()!;
}
