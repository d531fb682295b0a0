using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>UpdateQualificationType (mturk-compat §9.5): the owner changes what may change, nobody else changes anything.</summary>
public sealed class ChangingQualificationTypes
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_owner_changes_description_status_retries_and_auto_granting(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var id = await client.CreateQualificationTypeAsync(QualificationTypeRequests.Create("Colour vision"));

        var updated = (await client.CallAsync("UpdateQualificationType", new
        {
            QualificationTypeId = id,
            Description = "Sees every colour",
            QualificationTypeStatus = "Inactive",
            RetryDelayInSeconds = 3600,
            AutoGranted = true,
            AutoGrantedValue = 5,
        })).EnsureOk()["QualificationType"];
        var read = (await client.CallAsync("GetQualificationType", new { QualificationTypeId = id })).EnsureOk()["QualificationType"];

        foreach (var type in new[] { updated, read })
        {
            Assert.Equal("Colour vision", type.GetProperty("Name").GetString());
            Assert.Equal("Sees every colour", type.GetProperty("Description").GetString());
            Assert.Equal("Inactive", type.GetProperty("QualificationTypeStatus").GetString());
            Assert.Equal(3600, type.GetProperty("RetryDelayInSeconds").GetInt64());
            Assert.True(type.GetProperty("AutoGranted").GetBoolean());
            Assert.Equal(5, type.GetProperty("AutoGrantedValue").GetInt32());
        }
    }

    [Fact]
    public async Task A_new_test_replaces_the_answer_key_and_needs_a_duration()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var id = await client.CreateQualificationTypeAsync(QualificationTypeRequests.CreateWithTest());
        var newTest = QualificationTypeRequests.Test.Replace("Which word is a colour?", "Which word names a colour?", StringComparison.Ordinal);

        var withoutDuration = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = id, Test = newTest }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var replaced = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = id, Test = newTest, TestDurationInSeconds = 300 })).EnsureOk()["QualificationType"];

        Assert.Equal("TestDurationInSeconds", withoutDuration["Parameter"].GetString());
        Assert.Equal(newTest, replaced.GetProperty("Test").GetString());
        Assert.Equal(300, replaced.GetProperty("TestDurationInSeconds").GetInt64());
        Assert.False(replaced.TryGetProperty("AnswerKey", out _));
    }

    [Fact]
    public async Task A_test_and_a_key_are_checked_like_at_creation()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var tested = await client.CreateQualificationTypeAsync(QualificationTypeRequests.CreateWithTest());
        var untested = await client.CreateQualificationTypeAsync();
        var badKey = QualificationTypeRequests.AnswerKey.Replace("<QuestionIdentifier>colour<", "<QuestionIdentifier>shape<", StringComparison.Ordinal);

        var html = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = tested, Test = Questions.Html, TestDurationInSeconds = 60 }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var key = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = tested, AnswerKey = badKey }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var keyWithoutTest = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = untested, AnswerKey = QualificationTypeRequests.AnswerKey }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var autoGrantedTest = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = tested, AutoGranted = true }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var emptyDescription = (await client.CallAsync("UpdateQualificationType", new { QualificationTypeId = untested, Description = " " }))
            .EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");

        Assert.Equal("Test", html["Parameter"].GetString());
        Assert.Equal("AnswerKey", key["Parameter"].GetString());
        Assert.Equal("AnswerKey", keyWithoutTest["Parameter"].GetString());
        Assert.Equal("AutoGranted", autoGrantedTest["Parameter"].GetString());
        Assert.Equal("Description", emptyDescription["Parameter"].GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_requesters_type_and_a_system_type_cannot_be_changed(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var owner = await app.NewRequesterClientAsync();
        var other = await app.NewRequesterClientAsync();
        var id = await owner.CreateQualificationTypeAsync();

        var theirs = (await other.CallAsync("UpdateQualificationType", new { QualificationTypeId = id, Description = "mine now" }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
        (await other.CallAsync("UpdateQualificationType", new { QualificationTypeId = "000000000000000000L0", Description = "x" }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.PermissionDeniedException");
        (await other.CallAsync("UpdateQualificationType", new { QualificationTypeId = "3" + new string('Q', 29), Description = "x" }))
            .EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");

        Assert.Contains(id, theirs.Message, StringComparison.Ordinal);
        Assert.Equal(
            "Workers who can tell colours apart",
            (await owner.CallAsync("GetQualificationType", new { QualificationTypeId = id })).EnsureOk()["QualificationType"].GetProperty("Description").GetString());
    }
}
