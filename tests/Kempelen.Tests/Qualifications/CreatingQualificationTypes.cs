using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>CreateQualificationType (mturk-compat §9.5): names unique per requester, tests that are QuestionForms, keys that fit them.</summary>
public sealed class CreatingQualificationTypes
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_type_echoes_what_was_sent_and_is_requestable(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var request = QualificationTypeRequests.CreateWithTest("Colour vision").With("RetryDelayInSeconds", 86400);

        var type = (await client.CallAsync("CreateQualificationType", request)).EnsureOk()["QualificationType"];

        Assert.Matches("^3[0-9A-Z]{29}$", type.GetProperty("QualificationTypeId").GetString());
        Assert.Equal("Colour vision", type.GetProperty("Name").GetString());
        Assert.Equal("Workers who can tell colours apart", type.GetProperty("Description").GetString());
        Assert.Equal("colour, vision", type.GetProperty("Keywords").GetString());
        Assert.Equal("Active", type.GetProperty("QualificationTypeStatus").GetString());
        Assert.Equal(QualificationTypeRequests.Test, type.GetProperty("Test").GetString());
        Assert.Equal(QualificationTypeRequests.AnswerKey, type.GetProperty("AnswerKey").GetString());
        Assert.Equal(600, type.GetProperty("TestDurationInSeconds").GetInt64());
        Assert.Equal(86400, type.GetProperty("RetryDelayInSeconds").GetInt64());
        Assert.True(type.GetProperty("IsRequestable").GetBoolean());
        Assert.False(type.GetProperty("AutoGranted").GetBoolean());
        Assert.False(type.TryGetProperty("AutoGrantedValue", out _));
        Assert.Equal(KempelenApp.Start.ToUnixTimeSeconds(), type.GetProperty("CreationTime").GetDouble());
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task An_auto_granted_type_carries_its_value_which_defaults_to_one()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var chosen = (await client.CallAsync("CreateQualificationType", QualificationTypeRequests.Create().With("AutoGranted", true).With("AutoGrantedValue", 7))).EnsureOk()["QualificationType"];
        var defaulted = (await client.CallAsync("CreateQualificationType", QualificationTypeRequests.Create().With("AutoGranted", true))).EnsureOk()["QualificationType"];

        Assert.True(chosen.GetProperty("AutoGranted").GetBoolean());
        Assert.Equal(7, chosen.GetProperty("AutoGrantedValue").GetInt32());
        Assert.Equal(1, defaulted.GetProperty("AutoGrantedValue").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_name_the_requester_already_uses_in_any_case_is_refused_but_another_requester_may_use_it(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var alice = await app.NewRequesterClientAsync();
        var bob = await app.NewRequesterClientAsync();
        await alice.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision"));

        var refusal = (await alice.CallAsync("CreateQualificationType", QualificationTypeRequests.Create("  COLOUR Vision "))).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeAlreadyExists");

        Assert.StartsWith("You have already created a QualificationType with this name.", refusal.Message, StringComparison.Ordinal);
        await bob.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_racing_creates_of_one_name_make_exactly_one_type(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.CallAsync("CreateQualificationType", QualificationTypeRequests.Create("Raced"))));

        Assert.Single(answers, a => a.Status == System.Net.HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != System.Net.HttpStatusCode.OK), a => a.EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeAlreadyExists"));
    }

    [Fact]
    public async Task A_test_must_be_a_QuestionForm_and_the_refusal_names_the_Test_parameter()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var html = (await client.CallAsync("CreateQualificationType", QualificationTypeRequests.Create().With("Test", Questions.Html).With("TestDurationInSeconds", 600)))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var broken = (await client.CallAsync("CreateQualificationType", QualificationTypeRequests.Create().With("Test", "<QuestionForm").With("TestDurationInSeconds", 600)))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.Equal("Test", html["Parameter"].GetString());
        Assert.Contains("is not valid for the parameter Test.", html.Message, StringComparison.Ordinal);
        Assert.Contains("A QuestionForm is needed here", html.Message, StringComparison.Ordinal);
        Assert.Equal("Test", broken["Parameter"].GetString());
    }

    [Fact]
    public async Task An_answer_key_must_score_questions_and_selections_the_test_has()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var wrongSelection = QualificationTypeRequests.AnswerKey.Replace("<SelectionIdentifier>red<", "<SelectionIdentifier>green<", StringComparison.Ordinal);

        var refusal = (await client.CallAsync("CreateQualificationType", QualificationTypeRequests.CreateWithTest().With("AnswerKey", wrongSelection)))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.Equal("AnswerKey", refusal["Parameter"].GetString());
        Assert.Contains("'green'", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TestDurationInSeconds", "Test", null)]
    [InlineData("AnswerKey", "AnswerKey", QualificationTypeRequests.AnswerKey)]
    [InlineData("AutoGranted", "AutoGranted", true)]
    [InlineData("TestDurationInSeconds", "TestDurationInSeconds", 0L)]
    [InlineData("RetryDelayInSeconds", "RetryDelayInSeconds", -1L)]
    public async Task Inconsistent_test_settings_are_refused_naming_the_parameter(string parameter, string member, object? value)
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var request = member switch
        {
            // A test without a duration; a key without a test; a test that is also granted automatically.
            "Test" => QualificationTypeRequests.Create().With("Test", QualificationTypeRequests.Test),
            "AnswerKey" => QualificationTypeRequests.Create().With("AnswerKey", value),
            "AutoGranted" => QualificationTypeRequests.CreateWithTest().With("AutoGranted", value),
            _ => QualificationTypeRequests.CreateWithTest().With(member, value),
        };

        var refusal = (await client.CallAsync("CreateQualificationType", request)).EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.Equal(parameter, refusal["Parameter"].GetString());
    }

    [Fact]
    public async Task Missing_required_members_are_a_validation_exception()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var refusal = (await client.CallAsync("CreateQualificationType", new { Name = "n" })).EnsureError("ValidationException");

        Assert.Contains("description", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("qualificationTypeStatus", refusal.Message, StringComparison.Ordinal);
    }
}
