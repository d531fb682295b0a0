using System.Net;
using System.Text.Json;
using Kempelen.Qualifications;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Qualifications;

/// <summary>
/// A worker asks for a qualification through the worker API (mturk-compat §11.3): auto-granted types, tests graded by
/// an answer key or left for the owner, requests without a test, retry rules, the test's deadline, and the profile
/// that Worker_Locale and Worker_Adult read.
/// </summary>
public sealed class RequestingQualifications
{
    private static Task<(HttpStatusCode Status, JsonElement Body)> RequestAsync(WorkerClient worker, string type, object? answers = null) =>
        worker.PostAsync($"/qualification-types/{type}/request", answers is null ? null : new { answers });

    private static async Task<JsonElement?> HeldAsync(WorkerClient worker, string type)
    {
        var (_, mine) = await worker.GetAsync("/qualifications");
        return mine.GetProperty("Qualifications").EnumerateArray()
            .Where(q => q.GetProperty("QualificationTypeId").GetString() == type)
            .Select(q => (JsonElement?)q)
            .SingleOrDefault();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_auto_granted_qualification_is_granted_at_once_and_leaves_nothing_for_the_owner(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Newsletter", autoGranted: true, autoGrantedValue: 7));
        var worker = await app.NewWorkerClientAsync();

        var (status, outcome) = await RequestAsync(worker, type);
        var (again, refusal) = await RequestAsync(worker, type);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Granted", outcome.GetProperty("Outcome").GetString());
        Assert.Equal(7, outcome.GetProperty("IntegerValue").GetInt32());
        var held = (await HeldAsync(worker, type))!.Value;
        Assert.Equal(7, held.GetProperty("IntegerValue").GetInt32());
        Assert.Equal("Granted", held.GetProperty("Status").GetString());
        Assert.Equal(KempelenApp.Start.UtcDateTime, held.GetProperty("GrantTime").GetDateTime());
        Assert.DoesNotContain(await app.RequestsAsync(type, worker.Worker.Id), r => r.Status == QualificationRequestStatus.Pending);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("QualificationTypeDoesNotAllowRetake", refusal.GetProperty("title").GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_test_with_a_percentage_answer_key_is_graded_as_soon_as_it_is_handed_in(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test, Qualifying.PercentageKey, testDurationInSeconds: 300));
        var worker = await app.NewWorkerClientAsync();

        var (_, detail) = await worker.GetAsync($"/qualification-types/{type}");
        var (_, started) = await RequestAsync(worker, type);
        var (_, startedAgain) = await RequestAsync(worker, type);
        app.AdvanceTime(TimeSpan.FromSeconds(299));
        var (status, graded) = await RequestAsync(worker, type, new { sky = "blue", grass = "blue", comment = "easy" });

        Assert.Equal(Qualifying.Test, detail.GetProperty("Test").GetString());
        Assert.Equal(300, detail.GetProperty("TestDurationInSeconds").GetInt64());
        Assert.False(detail.TryGetProperty("AnswerKey", out _));
        Assert.True(detail.GetProperty("MyStanding").GetProperty("CanRequest").GetBoolean());
        Assert.Equal("TakingTest", started.GetProperty("Outcome").GetString());
        Assert.Equal(Qualifying.Test, started.GetProperty("Test").GetString());
        Assert.Equal(KempelenApp.Start.UtcDateTime.AddSeconds(300), started.GetProperty("TestDeadline").GetDateTime());
        Assert.Equal(started.GetProperty("QualificationRequestId").GetString(), startedAgain.GetProperty("QualificationRequestId").GetString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Granted", graded.GetProperty("Outcome").GetString());
        Assert.Equal(50, graded.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(50, (await HeldAsync(worker, type))!.Value.GetProperty("IntegerValue").GetInt32());
        var request = Assert.Single(await app.RequestsAsync(type, worker.Worker.Id));
        Assert.Equal(QualificationRequestStatus.Granted, request.Status);
        Assert.Contains("<QuestionIdentifier>sky</QuestionIdentifier>\n<SelectionIdentifier>blue</SelectionIdentifier>", request.Answer, StringComparison.Ordinal);
        Assert.Contains("<QuestionIdentifier>comment</QuestionIdentifier>\n<FreeText>easy</FreeText>", request.Answer, StringComparison.Ordinal);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Asking_several_times_at_once_starts_one_test(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test, Qualifying.PercentageKey));
        var worker = await app.NewWorkerClientAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RequestAsync(worker, type)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body.GetProperty("QualificationRequestId").GetString()).Distinct(StringComparer.Ordinal));
        Assert.Single(await app.RequestsAsync(type, worker.Worker.Id));
    }

    [Fact]
    public async Task A_range_mapping_grants_the_value_of_the_range_the_score_falls_in_even_when_answered_without_starting()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test, Qualifying.RangeKey, retryDelayInSeconds: 60));
        var worker = await app.NewWorkerClientAsync();

        var (_, all) = await RequestAsync(worker, type, new { sky = "blue", grass = "green" });
        app.AdvanceTime(TimeSpan.FromSeconds(60));
        var (_, none) = await RequestAsync(worker, type, new { sky = "green", grass = "blue" });

        Assert.Equal(7, all.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(1, none.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(1, (await HeldAsync(worker, type))!.Value.GetProperty("IntegerValue").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_test_without_an_answer_key_waits_for_the_owner(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test));
        var worker = await app.NewWorkerClientAsync();

        await RequestAsync(worker, type);
        var (_, handedIn) = await RequestAsync(worker, type, new { sky = "blue", grass = "green" });
        var (_, asked) = await RequestAsync(worker, type);
        var (twice, refusal) = await RequestAsync(worker, type, new { sky = "blue", grass = "green" });
        var (_, mine) = await worker.GetAsync("/qualifications");

        Assert.Equal("Pending", handedIn.GetProperty("Outcome").GetString());
        Assert.Equal(JsonValueKind.Null, handedIn.GetProperty("IntegerValue").ValueKind);
        Assert.Equal("Pending", asked.GetProperty("Outcome").GetString());
        Assert.Equal(handedIn.GetProperty("QualificationRequestId").GetString(), asked.GetProperty("QualificationRequestId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Contains("handed in already", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var request = Assert.Single(await app.RequestsAsync(type, worker.Worker.Id));
        Assert.Equal(QualificationRequestStatus.Pending, request.Status);
        Assert.Equal(Qualifying.Test, request.Test);
        Assert.Contains("<SelectionIdentifier>green</SelectionIdentifier>", request.Answer, StringComparison.Ordinal);
        var listed = Assert.Single(mine.GetProperty("QualificationRequests").EnumerateArray());
        Assert.Equal("Pending", listed.GetProperty("Status").GetString());
        Assert.Null(await HeldAsync(worker, type));
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_type_without_a_test_leaves_a_pending_request()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Trusted"));
        var worker = await app.NewWorkerClientAsync();

        var (status, outcome) = await RequestAsync(worker, type);
        var (withAnswers, refusal) = await RequestAsync(worker, type, new { sky = "blue" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Pending", outcome.GetProperty("Outcome").GetString());
        Assert.Equal(QualificationRequestStatus.Pending, Assert.Single(await app.RequestsAsync(type, worker.Worker.Id)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, withAnswers);
        Assert.Contains("has no test", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_that_break_the_tests_constraints_are_refused_and_record_nothing()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test, Qualifying.PercentageKey));
        var worker = await app.NewWorkerClientAsync();

        var (status, problem) = await RequestAsync(worker, type, new { sky = "purple", shoe = "7" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("QuestionIdentifier").GetString(), e.GetProperty("Message").GetString())).ToList();
        Assert.Contains(("sky", "'purple' is not one of the choices."), errors);
        Assert.Contains(("grass", "Choose an answer; this question is required."), errors);
        Assert.Empty(await app.RequestsAsync(type, worker.Worker.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Retries_wait_for_the_delay_and_types_without_retries_are_asked_for_once(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var retryable = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test, Qualifying.PercentageKey, retryDelayInSeconds: 3600));
        var once = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Trusted"));
        var worker = await app.NewWorkerClientAsync();

        var (_, first) = await RequestAsync(worker, retryable, new { sky = "green", grass = "blue" });
        app.AdvanceTime(TimeSpan.FromSeconds(3599));
        var (early, refusal) = await RequestAsync(worker, retryable);
        var (_, detail) = await worker.GetAsync($"/qualification-types/{retryable}");
        app.AdvanceTime(TimeSpan.FromSeconds(1));
        var (_, retake) = await RequestAsync(worker, retryable, new { sky = "blue", grass = "green" });
        await RequestAsync(worker, once);
        var (_, onceAgain) = await RequestAsync(worker, once);

        Assert.Equal(0, first.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Equal("QualificationTypeRetryDelayNotElapsed", refusal.GetProperty("title").GetString());
        Assert.Contains("from 2026-11-26 13:00:00 UTC", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(detail.GetProperty("MyStanding").GetProperty("CanRequest").GetBoolean());
        Assert.Equal(refusal.GetProperty("detail").GetString(), detail.GetProperty("MyStanding").GetProperty("RequestRefusal").GetString());
        Assert.Equal(100, retake.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(100, (await HeldAsync(worker, retryable))!.Value.GetProperty("IntegerValue").GetInt32());

        // A pending request is returned as it is; once it is refused, a type without retries cannot be asked for again.
        Assert.Equal("Pending", onceAgain.GetProperty("Outcome").GetString());
        await app.RejectPendingRequestAsync(once, worker.Worker.Id, "Not yet");

        var (refused, noRetake) = await RequestAsync(worker, once);
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("QualificationTypeDoesNotAllowRetake", noRetake.GetProperty("title").GetString());
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_test_handed_in_after_its_deadline_is_refused(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var type = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Colours", Qualifying.Test, Qualifying.PercentageKey, testDurationInSeconds: 300));
        var worker = await app.NewWorkerClientAsync();
        await RequestAsync(worker, type);

        app.AdvanceTime(TimeSpan.FromSeconds(300));
        var (late, refusal) = await RequestAsync(worker, type, new { sky = "blue", grass = "green" });
        var (again, noRetake) = await RequestAsync(worker, type);
        var (_, mine) = await worker.GetAsync("/qualifications");

        Assert.Equal(HttpStatusCode.Conflict, late);
        Assert.Contains("ran out", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("QualificationTypeDoesNotAllowRetake", noRetake.GetProperty("title").GetString());
        Assert.Null(await HeldAsync(worker, type));
        Assert.Empty(mine.GetProperty("QualificationRequests").EnumerateArray());
        Assert.Equal(QualificationRequestStatus.Taking, Assert.Single(await app.RequestsAsync(type, worker.Worker.Id)).Status);
    }

    [Fact]
    public async Task A_test_started_before_its_type_was_deactivated_may_be_handed_in_but_not_once_the_type_is_being_deleted()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var paused = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Paused", Qualifying.Test, Qualifying.PercentageKey));
        var deleted = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Deleted", Qualifying.Test, Qualifying.PercentageKey));
        var worker = await app.NewWorkerClientAsync();
        await RequestAsync(worker, paused);
        await RequestAsync(worker, deleted);

        await app.ChangeQualificationTypeAsync(paused, t => t.Update(new QualificationTypeTerms(null, null, null, QualificationTypeStatus.Inactive, null, null, null, null, null, null)));
        await app.ChangeQualificationTypeAsync(deleted, t => t.BeginDisposal(app.Time.GetUtcNow().UtcDateTime));
        var (finished, graded) = await RequestAsync(worker, paused, new { sky = "blue", grass = "green" });
        var (refused, refusal) = await RequestAsync(worker, deleted, new { sky = "blue", grass = "green" });

        Assert.Equal(HttpStatusCode.OK, finished);
        Assert.Equal(100, graded.GetProperty("IntegerValue").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("InvalidQualificationTypeState", refusal.GetProperty("title").GetString());
        Assert.Null(await HeldAsync(worker, deleted));
    }

    [Fact]
    public async Task Inactive_unknown_and_system_types_cannot_be_requested()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var inactive = await app.CreateQualificationTypeAsync(requester.Requester, Qualifying.Terms("Paused", status: QualificationTypeStatus.Inactive));
        var worker = await app.NewWorkerClientAsync();

        var (inactiveStatus, inactiveRefusal) = await RequestAsync(worker, inactive);
        var (unknownStatus, _) = await RequestAsync(worker, "3ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
        var (systemStatus, systemRefusal) = await RequestAsync(worker, SystemQualificationTypes.PercentAssignmentsApproved);
        var (_, system) = await worker.GetAsync($"/qualification-types/{SystemQualificationTypes.PercentAssignmentsApproved}");

        Assert.Equal(HttpStatusCode.Conflict, inactiveStatus);
        Assert.Contains("inactive", inactiveRefusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Equal(HttpStatusCode.Forbidden, systemStatus);
        Assert.Contains("system qualification", systemRefusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Worker_PercentAssignmentsApproved", system.GetProperty("Name").GetString());
        Assert.False(system.GetProperty("IsRequestable").GetBoolean());
        Assert.Equal(100, system.GetProperty("MyStanding").GetProperty("IntegerValue").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_profile_is_changed_with_PATCH_me_and_a_verified_locale_is_locked(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.NewRequesterClientAsync();
        var worker = await app.NewWorkerClientAsync();
        var (adultHit, _) = await requester.CreateGuardedHitAsync("For adults", Qualifying.Requirement(SystemQualificationTypes.Adult, "EqualTo", [1]));

        var (_, before) = await worker.GetAsync("/me");
        var (status, changed) = await worker.SendAsync(HttpMethod.Patch, "/me", new { country = "de", subdivision = "by", adult = true });
        var (countryOnly, _) = await worker.SendAsync(HttpMethod.Patch, "/me", new { country = "US" });
        var (_, after) = await worker.GetAsync("/me");
        var (accepted, _) = await worker.PostAsync($"/hits/{adultHit}/accept");
        var (bad, badRefusal) = await worker.SendAsync(HttpMethod.Patch, "/me", new { country = "USA" });
        await app.VerifyLocaleAsync(worker.Worker.Id, "GB", "ENG");
        var (locked, lockedRefusal) = await worker.SendAsync(HttpMethod.Patch, "/me", new { country = "FR" });
        var (adultOnly, verified) = await worker.SendAsync(HttpMethod.Patch, "/me", new { adult = false });

        Assert.Equal(JsonValueKind.Null, before.GetProperty("Country").ValueKind);
        Assert.False(before.GetProperty("Adult").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("DE", changed.GetProperty("Country").GetString());
        Assert.Equal("BY", changed.GetProperty("Subdivision").GetString());
        Assert.True(changed.GetProperty("Adult").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, countryOnly);
        Assert.Equal("US", after.GetProperty("Country").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("Subdivision").ValueKind);
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("'USA'", badRefusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, locked);
        Assert.Contains("verified", lockedRefusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adultOnly);
        Assert.Equal("GB", verified.GetProperty("Country").GetString());
        Assert.Equal("ENG", verified.GetProperty("Subdivision").GetString());
        Assert.True(verified.GetProperty("LocaleVerified").GetBoolean());
        Assert.False(verified.GetProperty("Adult").GetBoolean());
        await app.AssertInvariantsAsync();
    }
}
