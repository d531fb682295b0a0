using System.Text;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Protocol;

/// <summary>What the endpoint answers before any operation runs: envelope, authentication, dispatch, validation.</summary>
public sealed class ProtocolEnvelope
{
    [Fact]
    public async Task Every_answer_carries_a_request_id_and_the_json_content_type()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var ok = await client.CallAsync("GetAccountBalance", new { });
        var error = await client.CallAsync("GetHIT", new { HITId = "3NOPE" });

        foreach (var response in new[] { ok, error })
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", response.Raw.Headers.GetValues("x-amzn-RequestId").Single());
            Assert.Equal("application/x-amz-json-1.1", response.Raw.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task A_request_without_authentication_is_refused()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = await client.SendRawAsync("GetAccountBalance", "{}"u8.ToArray(), sign: false);

        response.EnsureError("MissingAuthenticationTokenException");
        Assert.Equal("Request is missing Authentication Token", response.Message);
    }

    [Fact]
    public async Task An_unknown_access_key_is_refused()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var stranger = app.ClientFor(new TestRequester(Kempelen.Accounts.RequesterId.New(), "KMPLNOSUCHKEY0000000", "secret"));

        var response = await stranger.CallAsync("GetAccountBalance", new { });

        response.EnsureError("UnrecognizedClientException");
        Assert.Equal("The security token included in the request is invalid.", response.Message);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_and_changes_nothing()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.CreateRequesterAsync();
        var impostor = app.ClientFor(requester with { Secret = requester.Secret[..^1] + (requester.Secret[^1] == 'x' ? "y" : "x") });

        var response = await impostor.CallAsync("CreateHIT", HitRequests.CreateHit());

        response.EnsureError("InvalidSignatureException");
        Assert.StartsWith("The request signature we calculated does not match", response.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await app.ClientFor(requester).CallAsync("ListHITs", new { }))["NumResults"].GetInt32());
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = await client.SendRawAsync(
            "ListHITs",
            """{"MaxResults":5}"""u8.ToArray(),
            tamper: message => message.Content = new ByteArrayContent("""{"MaxResults":6}"""u8.ToArray()) { Headers = { ContentType = message.Content!.Headers.ContentType } });

        response.EnsureError("InvalidSignatureException");
    }

    [Theory]
    [InlineData(-16, "Signature expired")]
    [InlineData(16, "Signature not yet current")]
    public async Task A_request_signed_more_than_15_minutes_off_is_refused(int minutes, string message)
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = await client.SendRawAsync("GetAccountBalance", "{}"u8.ToArray(), signingClockOffset: TimeSpan.FromMinutes(minutes));

        response.EnsureError("InvalidSignatureException");
        Assert.StartsWith(message, response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_token_is_refused_because_Kempelen_issues_none()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = await client.SendRawAsync("GetAccountBalance", "{}"u8.ToArray(), tamper: m => m.Headers.Add("X-Amz-Security-Token", "token"));

        response.EnsureError("UnrecognizedClientException");
    }

    [Fact]
    public async Task An_unknown_operation_is_refused()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        (await client.SendRawAsync("LaunchRocket", "{}"u8.ToArray())).EnsureError("UnknownOperationException");
    }

    [Fact]
    public async Task An_operation_not_built_yet_says_so()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = (await client.CallAsync("ListReviewPolicyResultsForHIT", new { HITId = "3ABC" })).EnsureError("RequestError", "AWS.MechanicalTurk.OperationNotSupported");

        Assert.Contains("ListReviewPolicyResultsForHIT", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task A_body_that_is_not_a_JSON_object_is_refused(string body)
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = await client.SendRawAsync("ListHITs", Encoding.UTF8.GetBytes(body));

        response.EnsureError("SerializationException");
    }

    [Fact]
    public async Task Another_content_type_is_refused()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        (await client.SendRawAsync("ListHITs", "{}"u8.ToArray(), contentType: "text/plain")).EnsureError("SerializationException");
    }

    [Fact]
    public async Task Model_violations_are_listed_together()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var client = await app.NewRequesterClientAsync();

        var response = (await client.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.001").With("MaxAssignments", "3").With("Title", null)))
            .EnsureError("ValidationException");

        Assert.StartsWith("3 validation errors detected: ", response.Message, StringComparison.Ordinal);
        Assert.Contains("'reward'", response.Message, StringComparison.Ordinal);
        Assert.Contains("'maxAssignments'", response.Message, StringComparison.Ordinal);
        Assert.Contains("Value null at 'title'", response.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Hostile_values_in_every_member_never_produce_a_server_fault(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var client = await app.NewRequesterClientAsync();

        // Real IDs take the hostile values past the lookups, into the rules and the database.
        var type = await client.CreateQualificationTypeAsync(QualificationTypeRequests.CreateWithTest());
        var worker = (await app.CreateWorkerAsync()).Id.Value;
        var request = await app.SubmitQualificationRequestAsync(await app.CreateWorkerAsync(), type);
        object?[] hostile = [null, "", " ", "\u0000", new string('x', 70_000), -1, 0, long.MaxValue, 1e308, true, new object[] { 1 }, new { a = 1 }, "<?xml?>", "3" + new string('Z', 29)];
        var operations = new Dictionary<string, Dictionary<string, object?>>
        {
            ["CreateHIT"] = HitRequests.CreateHit(),
            ["CreateHITType"] = new() { ["Title"] = "t", ["Description"] = "d", ["Reward"] = "0.10", ["AssignmentDurationInSeconds"] = 60 },
            ["CreateHITWithHITType"] = new() { ["HITTypeId"] = "3ABC", ["LifetimeInSeconds"] = 60, ["Question"] = Questions.Html },
            ["GetHIT"] = new() { ["HITId"] = "3ABC" },
            ["ListHITs"] = new() { ["MaxResults"] = 5, ["NextToken"] = "x.y" },
            ["UpdateExpirationForHIT"] = new() { ["HITId"] = "3ABC", ["ExpireAt"] = 0 },
            ["UpdateHITTypeOfHIT"] = new() { ["HITId"] = "3ABC", ["HITTypeId"] = "3DEF" },
            ["DeleteHIT"] = new() { ["HITId"] = "3ABC" },
            ["CreateQualificationType"] = QualificationTypeRequests.CreateWithTest().With("RetryDelayInSeconds", 60),
            ["GetQualificationType"] = new() { ["QualificationTypeId"] = type },
            ["ListQualificationTypes"] = new() { ["MustBeRequestable"] = false, ["MustBeOwnedByCaller"] = false, ["Query"] = "a", ["MaxResults"] = 5, ["NextToken"] = "x.y" },
            ["UpdateQualificationType"] = new()
            {
                ["QualificationTypeId"] = type, ["Description"] = "d", ["QualificationTypeStatus"] = "Inactive", ["Test"] = QualificationTypeRequests.Test,
                ["AnswerKey"] = QualificationTypeRequests.AnswerKey, ["TestDurationInSeconds"] = 60, ["RetryDelayInSeconds"] = 60, ["AutoGranted"] = false, ["AutoGrantedValue"] = 1,
            },
            ["DeleteQualificationType"] = new() { ["QualificationTypeId"] = type },
            ["AssociateQualificationWithWorker"] = new() { ["QualificationTypeId"] = type, ["WorkerId"] = worker, ["IntegerValue"] = 1, ["SendNotification"] = false },
            ["DisassociateQualificationFromWorker"] = new() { ["QualificationTypeId"] = type, ["WorkerId"] = worker, ["Reason"] = "r" },
            ["GetQualificationScore"] = new() { ["QualificationTypeId"] = type, ["WorkerId"] = worker },
            ["ListWorkersWithQualificationType"] = new() { ["QualificationTypeId"] = type, ["Status"] = "Granted", ["MaxResults"] = 5, ["NextToken"] = "x.y" },
            ["ListQualificationRequests"] = new() { ["QualificationTypeId"] = type, ["MaxResults"] = 5, ["NextToken"] = "x.y" },
            ["AcceptQualificationRequest"] = new() { ["QualificationRequestId"] = request, ["IntegerValue"] = 1 },
            ["RejectQualificationRequest"] = new() { ["QualificationRequestId"] = request, ["Reason"] = "r" },
            ["ListHITsForQualificationType"] = new() { ["QualificationTypeId"] = type, ["MaxResults"] = 5, ["NextToken"] = "x.y" },
            ["CreateWorkerBlock"] = new() { ["WorkerId"] = worker, ["Reason"] = "r" },
            ["DeleteWorkerBlock"] = new() { ["WorkerId"] = worker, ["Reason"] = "r" },
            ["ListWorkerBlocks"] = new() { ["MaxResults"] = 5, ["NextToken"] = "x.y" },
        };

        foreach (var (operation, valid) in operations)
        {
            foreach (var member in valid.Keys)
            {
                foreach (var value in hostile)
                {
                    var response = await client.CallAsync(operation, valid.With(member, value));
                    Assert.True((int)response.Status < 500, $"{operation}.{member} = {value} answered {(int)response.Status}: {response.Body}");
                }
            }
        }

        await app.AssertInvariantsAsync();
    }
}
