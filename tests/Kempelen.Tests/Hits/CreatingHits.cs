using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Hits;

/// <summary>CreateHIT, CreateHITType and CreateHITWithHITType over signed HTTP, on both databases.</summary>
public sealed class CreatingHits
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_HIT_is_assignable_and_holds_its_escrow(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");

        var hit = (await client.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.5", maxAssignments: 3))).EnsureOk()["HIT"];

        Assert.Matches("^[0-9A-Z]{30}$", hit.GetProperty("HITId").GetString());
        Assert.Equal("Assignable", hit.GetProperty("HITStatus").GetString());
        Assert.Equal("0.50", hit.GetProperty("Reward").GetString());
        Assert.Equal(3, hit.GetProperty("NumberOfAssignmentsAvailable").GetInt32());
        Assert.Equal(hit.GetProperty("CreationTime").GetDouble() + 3600, hit.GetProperty("Expiration").GetDouble());
        Assert.Equal(Questions.Html, hit.GetProperty("Question").GetString());
        Assert.Equal(0, hit.GetProperty("QualificationRequirements").GetArrayLength());
        var balance = (await client.CallAsync("GetAccountBalance", new { })).EnsureOk();
        Assert.Equal("98.20", balance["AvailableBalance"].GetString());
        Assert.Equal("1.80", balance["OnHoldBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task HITs_with_the_same_properties_share_a_HIT_type_and_group(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        var first = (await client.CallAsync("CreateHIT", HitRequests.CreateHit())).EnsureOk()["HIT"];
        var second = (await client.CallAsync("CreateHIT", HitRequests.CreateHit())).EnsureOk()["HIT"];
        var typeId = (await client.CallAsync("CreateHITType", new
        {
            Title = "Name the colour",
            Description = "Pick the word that is a colour",
            Keywords = "colour, words",
            Reward = "0.50",
            AssignmentDurationInSeconds = 600,
            AutoApprovalDelayInSeconds = 86400,
        })).EnsureOk()["HITTypeId"].GetString();

        Assert.Equal(first.GetProperty("HITTypeId").GetString(), second.GetProperty("HITTypeId").GetString());
        Assert.Equal(first.GetProperty("HITGroupId").GetString(), second.GetProperty("HITGroupId").GetString());
        Assert.Equal(first.GetProperty("HITTypeId").GetString(), typeId);
        Assert.NotEqual(typeId, first.GetProperty("HITGroupId").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CreateHITWithHITType_uses_the_types_terms_and_one_assignment_by_default(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var typeId = (await client.CallAsync("CreateHITType", new
        {
            Title = "Transcribe",
            Description = "Type the text",
            Reward = "1.00",
            AssignmentDurationInSeconds = 300,
            QualificationRequirements = new object[]
            {
                new { QualificationTypeId = "00000000000000000071", Comparator = "In", LocaleValues = new object[] { new { Country = "US", Subdivision = "CA" }, new { Country = "DE" } } },
                new { QualificationTypeId = "000000000000000000L0", Comparator = "GreaterThanOrEqualTo", IntegerValues = new[] { 95 }, RequiredToPreview = true },
            },
        })).EnsureOk()["HITTypeId"].GetString();

        var hit = (await client.CallAsync("CreateHITWithHITType", new { HITTypeId = typeId, LifetimeInSeconds = 600, Question = Questions.Form })).EnsureOk()["HIT"];

        Assert.Equal(1, hit.GetProperty("MaxAssignments").GetInt32());
        Assert.Equal("Transcribe", hit.GetProperty("Title").GetString());
        Assert.Equal(2_592_000, hit.GetProperty("AutoApprovalDelayInSeconds").GetInt64());
        var requirements = hit.GetProperty("QualificationRequirements");
        Assert.Equal("CA", requirements[0].GetProperty("LocaleValues")[0].GetProperty("Subdivision").GetString());
        Assert.False(requirements[0].GetProperty("LocaleValues")[1].TryGetProperty("Subdivision", out _));
        Assert.Equal("Accept", requirements[0].GetProperty("ActionsGuarded").GetString());
        Assert.Equal("PreviewAndAccept", requirements[1].GetProperty("ActionsGuarded").GetString());
        Assert.True(requirements[1].GetProperty("RequiredToPreview").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_repeated_UniqueRequestToken_names_the_HIT_it_created_and_charges_nothing_more(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var request = HitRequests.CreateHit().With("UniqueRequestToken", "batch-7-row-1");
        var hitId = (await client.CallAsync("CreateHIT", request)).EnsureOk()["HIT"].GetProperty("HITId").GetString()!;

        var repeat = (await client.CallAsync("CreateHIT", request)).EnsureError("RequestError", "AWS.MechanicalTurk.HitAlreadyExists");

        Assert.Contains(hitId, repeat.Message, StringComparison.Ordinal);
        Assert.Equal("98.20", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_UniqueRequestToken_is_forgotten_after_24_hours(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var request = HitRequests.CreateHit().With("UniqueRequestToken", "daily");
        var first = (await client.CallAsync("CreateHIT", request)).EnsureOk()["HIT"].GetProperty("HITId").GetString();

        app.AdvanceTime(TimeSpan.FromHours(24));
        var second = (await client.CallAsync("CreateHIT", request)).EnsureOk()["HIT"].GetProperty("HITId").GetString();

        Assert.NotEqual(first, second);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Tokens_are_per_requester(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var alice = await app.NewRequesterClientAsync();
        var bob = await app.NewRequesterClientAsync();
        var request = HitRequests.CreateHit().With("UniqueRequestToken", "same-token");

        (await alice.CallAsync("CreateHIT", request)).EnsureOk();
        (await bob.CallAsync("CreateHIT", request)).EnsureOk();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_funds_for_every_slot_nothing_is_created(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("1.00");

        var refusal = (await client.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.50", maxAssignments: 2))).EnsureError("RequestError", "AWS.MechanicalTurk.InsufficientFunds");

        Assert.Contains("insufficient funds", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await client.CallAsync("ListHITs", new { }))["NumResults"].GetInt32());
        Assert.Equal("1.00", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Ten_or_more_assignments_pay_the_higher_commission(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync("100.00");

        (await client.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.50", maxAssignments: 10))).EnsureOk();

        Assert.Equal("93.00", (await client.CallAsync("GetAccountBalance", new { }))["AvailableBalance"].GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Question_and_layout_are_mutually_exclusive_and_layouts_do_not_exist_yet(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        (await client.CallAsync("CreateHIT", HitRequests.CreateHit().With("HITLayoutId", "3LAYOUT"))).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");
        (await client.CallAsync("CreateHIT", HitRequests.CreateHit().With("Question", null))).EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue");
        var layout = (await client.CallAsync("CreateHIT", HitRequests.CreateHit().With("Question", null).With("HITLayoutId", "3LAYOUT"))).EnsureError("RequestError", "AWS.MechanicalTurk.HITLayoutDoesNotExist");
        Assert.Contains("3LAYOUT", layout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Requirements_on_unknown_qualification_types_are_refused(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();
        var request = HitRequests.CreateHit().With("QualificationRequirements", new[] { new { QualificationTypeId = "3NOSUCHTYPE", Comparator = "Exists" } });

        var refusal = (await client.CallAsync("CreateHIT", request)).EnsureError("RequestError", "AWS.MechanicalTurk.QualificationTypeDoesNotExist");

        Assert.Contains("3NOSUCHTYPE", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Content_problems_are_ParameterValidationErrors_naming_the_parameter(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        var question = (await client.CallAsync("CreateHIT", HitRequests.CreateHit().With("Question", "<oops"))).EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue");
        var lifetime = (await client.CallAsync("CreateHIT", HitRequests.CreateHit(lifetime: 10))).EnsureError("ParameterValidationError");
        var title = (await client.CallAsync("CreateHIT", HitRequests.CreateHit(title: new string('t', 129)))).EnsureError("ParameterValidationError");

        Assert.Equal("Question", question["Parameter"].GetString());
        Assert.Equal("LifetimeInSeconds", lifetime["Parameter"].GetString());
        Assert.Equal("Title", title["Parameter"].GetString());
        Assert.Matches(@" \(\d{13}\)$", question.Message);
    }

    [Fact]
    public async Task A_review_policy_is_refused_rather_than_silently_ignored()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();
        var policy = new { PolicyName = "ScoreMyKnownAnswers/2011-09-01", Parameters = Array.Empty<object>() };

        var refusal = (await client.CallAsync("CreateHIT", HitRequests.CreateHit().With("AssignmentReviewPolicy", policy)))
            .EnsureError("RequestError", "AWS.MechanicalTurk.OperationNotSupported");

        Assert.Contains("AssignmentReviewPolicy", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await client.CallAsync("ListHITs", new { }))["NumResults"].GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_astronomical_total_is_unaffordable_rather_than_an_overflow(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        var refusal = await client.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "99999999.99", maxAssignments: 1_000_000_000));

        refusal.EnsureError("RequestError", "AWS.MechanicalTurk.InsufficientFunds");
        await app.AssertInvariantsAsync();
    }
}
