using System.Net;
using Kempelen.Assignments;
using Kempelen.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Kempelen.Tests.WorkerApp;

/// <summary>
/// Requester content runs only on the task origin, in a sandbox, and is submitted with the token in its URL
/// (architecture §6, mturk-compat §10.2–10.4).
/// </summary>
public sealed class DoingTasksInTheFrame
{
    private static async Task<(KempelenApp App, WebSession Session, string HitId, string GroupId)> StartAsync(string question)
    {
        var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var (hitId, groupId) = await WebWork.CreateHitAsync(requester, question);
        var session = new WebSession(app);
        await session.SignUpAsync();
        return (app, session, hitId, groupId);
    }

    private static Dictionary<string, string> QueryOf(string url) =>
        QueryHelpers.ParseQuery(new Uri(url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public async Task The_work_page_frames_the_task_origin_in_a_sandbox_without_same_origin()
    {
        var (app, session, hitId, groupId) = await StartAsync(Questions.Html);
        await using var _ = app;
        using var __ = session;

        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);

        Assert.Contains("sandbox=\"allow-scripts allow-forms\"", work.FrameTag, StringComparison.Ordinal);
        Assert.Contains("height=\"400\"", work.FrameTag, StringComparison.Ordinal);
        var frame = work.FrameSource;
        Assert.StartsWith("http://task.localhost/s/", frame, StringComparison.Ordinal);
        var query = QueryOf(frame);
        Assert.Equal(assignmentId, query["assignmentId"]);
        Assert.Equal(hitId, query["hitId"]);
        Assert.StartsWith("A", query["workerId"], StringComparison.Ordinal);
        Assert.Equal(frame[..frame.IndexOf("/task?", StringComparison.Ordinal)], query["turkSubmitTo"]);
        var csp = work.Header("Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-src http://task.localhost https:", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_question_content_is_served_sandboxed_with_mturk_urls_pointed_at_ours()
    {
        var (app, session, _, groupId) = await StartAsync(Questions.Html.Replace("<input name=\"colour\">", "<script src=\"https://s3.amazonaws.com/mturk-public/externalHIT_v1.js\"></script><input name=\"colour\">", StringComparison.Ordinal));
        await using var _ = app;
        using var __ = session;
        var (_, work) = await WebWork.AcceptAsync(session, groupId);

        var task = await session.GetAsync(work.FrameSource);

        Assert.Equal(HttpStatusCode.OK, task.Status);
        Assert.Equal("sandbox allow-scripts allow-forms; frame-ancestors http://localhost", task.Header("Content-Security-Policy"));
        Assert.Equal("no-referrer", task.Header("Referrer-Policy"));
        var submitTo = QueryOf(work.FrameSource)["turkSubmitTo"];
        Assert.Contains($"action=\"{new Uri(submitTo).AbsolutePath}/mturk/externalSubmit\"", task.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("mturk.com", task.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"/mturk-public/externalHIT_v1.js\"", task.Html, StringComparison.Ordinal);
        var script = await session.GetAsync("http://task.localhost/mturk-public/externalHIT_v1.js");
        Assert.Contains("function turkSetAssignmentID(formName)", script.Html, StringComparison.Ordinal);
        Assert.Contains("function turkGetParam(name, defaultValue)", script.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_origin_serves_no_app_page_and_the_app_host_serves_no_task_content()
    {
        var (app, session, _, groupId) = await StartAsync(Questions.Html);
        await using var _ = app;
        using var __ = session;
        var (_, work) = await WebWork.AcceptAsync(session, groupId);
        var taskPath = new Uri(work.FrameSource).PathAndQuery;

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("http://localhost" + taskPath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("http://task.localhost/queue")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("http://task.localhost/")).Status);
        Assert.Empty(session.Cookies.GetCookies(new Uri("http://task.localhost/")));
    }

    [Fact]
    public async Task External_submit_stores_the_fields_as_answers_and_asks_the_app_to_move_on()
    {
        var (app, session, _, groupId) = await StartAsync(Questions.Html);
        await using var _ = app;
        using var __ = session;
        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);
        var submitTo = QueryOf(work.FrameSource)["turkSubmitTo"];

        var done = await session.PostFormAsync(submitTo + "/mturk/externalSubmit", [("assignmentId", assignmentId), ("colour", "red & <blue>"), ("pick", "a"), ("pick", "b"), ("empty", "")]);

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("parent.postMessage({type: \"kempelen:submitted\"", done.Html, StringComparison.Ordinal);
        Assert.Contains("\"http://localhost\"", done.Html, StringComparison.Ordinal);
        var (status, answer) = await WebWork.StoredAsync(app, assignmentId);
        Assert.Equal(AssignmentStatus.Submitted, status);
        Assert.Equal(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd">
            <Answer>
            <QuestionIdentifier>colour</QuestionIdentifier>
            <FreeText>red &amp; &lt;blue&gt;</FreeText>
            </Answer>
            <Answer>
            <QuestionIdentifier>pick</QuestionIdentifier>
            <FreeText>a|b</FreeText>
            </Answer>
            <Answer>
            <QuestionIdentifier>empty</QuestionIdentifier>
            <FreeText/>
            </Answer>
            </QuestionFormAnswers>
            """.ReplaceLineEndings("\n"),
            answer);

        var continued = await session.PostFormAsync($"/work/{assignmentId}?handler=Continue", [("acceptNext", "false")], work);
        Assert.Equal("/queue?notice=submitted", continued.Location!.OriginalString);
    }

    [Fact]
    public async Task External_submit_accepts_a_get_and_a_multipart_post()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var (_, groupId) = await WebWork.CreateHitAsync(requester, Questions.Html, maxAssignments: 2);
        using var first = new WebSession(app);
        await first.SignUpAsync();
        using var second = new WebSession(app);
        await second.SignUpAsync();
        var (getId, getWork) = await WebWork.AcceptAsync(first, groupId);
        var (postId, postWork) = await WebWork.AcceptAsync(second, groupId);

        var byGet = await first.GetAsync(QueryOf(getWork.FrameSource)["turkSubmitTo"] + $"/mturk/externalSubmit?assignmentId={getId}&colour=green");
        using var http = new HttpClient(app.ServerHandler());
        using var multipart = new MultipartFormDataContent { { new StringContent(postId), "assignmentId" }, { new StringContent("teal"), "colour" } };
        var byMultipart = await http.PostAsync(QueryOf(postWork.FrameSource)["turkSubmitTo"] + "/mturk/externalSubmit", multipart, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, byGet.Status);
        Assert.Equal(HttpStatusCode.OK, byMultipart.StatusCode);
        Assert.Contains("<FreeText>green</FreeText>", (await WebWork.StoredAsync(app, getId)).Answer, StringComparison.Ordinal);
        Assert.Contains("<FreeText>teal</FreeText>", (await WebWork.StoredAsync(app, postId)).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_submit_refuses_with_a_page_and_records_nothing_when_the_post_is_not_this_workers_assignment()
    {
        var (app, session, _, groupId) = await StartAsync(Questions.Html);
        await using var _ = app;
        using var __ = session;
        var preview = await session.GetAsync($"/groups/{groupId}");
        var previewSubmitTo = QueryOf(preview.FrameSource)["turkSubmitTo"];
        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);
        var submitTo = QueryOf(work.FrameSource)["turkSubmitTo"];
        var token = submitTo[(submitTo.LastIndexOf('/') + 1)..];
        var tampered = submitTo[..^token.Length] + (token[0] == 'A' ? 'B' : 'A') + token[1..];

        var fromPreview = await session.PostFormAsync(previewSubmitTo + "/mturk/externalSubmit", [("assignmentId", "ASSIGNMENT_ID_NOT_AVAILABLE"), ("colour", "red")]);
        var withoutToken = await session.PostFormAsync("http://task.localhost/mturk/externalSubmit", [("assignmentId", assignmentId), ("colour", "red")]);
        var withTamperedToken = await session.PostFormAsync(tampered + "/mturk/externalSubmit", [("assignmentId", assignmentId), ("colour", "red")]);
        var withoutAssignmentId = await session.PostFormAsync(submitTo + "/mturk/externalSubmit", [("colour", "red")]);
        var otherAssignment = await session.PostFormAsync(submitTo + "/mturk/externalSubmit", [("assignmentId", "3XXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("colour", "red")]);

        Assert.All([fromPreview, withoutToken, withTamperedToken, withoutAssignmentId, otherAssignment], page =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Contains("sandbox allow-scripts allow-forms", page.Header("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.Contains("role=\"alert\"", page.Html, StringComparison.Ordinal);
        });
        Assert.Contains("Accept the HIT first", fromPreview.Html, StringComparison.Ordinal);
        Assert.Contains("without the task&#x27;s token", withoutToken.Html, StringComparison.Ordinal);
        Assert.Contains("not valid or has expired", withTamperedToken.Html, StringComparison.Ordinal);
        Assert.Contains("one field named assignmentId", withoutAssignmentId.Html, StringComparison.Ordinal);
        Assert.Contains("belongs to assignment", otherAssignment.Html, StringComparison.Ordinal);
        Assert.Equal((AssignmentStatus.Accepted, null), await WebWork.StoredAsync(app, assignmentId));
    }

    [Fact]
    public async Task Submitting_twice_or_after_the_deadline_is_a_clear_page_not_an_error()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var (_, groupId) = await WebWork.CreateHitAsync(requester, Questions.Html, maxAssignments: 2);
        using var session = new WebSession(app);
        await session.SignUpAsync();
        using var late = new WebSession(app);
        await late.SignUpAsync();
        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);
        var (lateId, lateWork) = await WebWork.AcceptAsync(late, groupId);
        var submit = QueryOf(work.FrameSource)["turkSubmitTo"] + "/mturk/externalSubmit";
        await session.PostFormAsync(submit, [("assignmentId", assignmentId), ("colour", "red")]);

        var twice = await session.PostFormAsync(submit, [("assignmentId", assignmentId), ("colour", "blue")]);
        app.AdvanceTime(TimeSpan.FromSeconds(601));
        var afterDeadline = await late.PostFormAsync(QueryOf(lateWork.FrameSource)["turkSubmitTo"] + "/mturk/externalSubmit", [("assignmentId", lateId), ("colour", "red")]);

        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Contains("Nothing was recorded", twice.Html, StringComparison.Ordinal);
        Assert.Contains("<FreeText>red</FreeText>", (await WebWork.StoredAsync(app, assignmentId)).Answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, afterDeadline.Status);
        Assert.Contains("expired", afterDeadline.Html, StringComparison.Ordinal);
        Assert.Null((await WebWork.StoredAsync(app, lateId)).Answer);
    }

    [Fact]
    public async Task A_question_form_is_rendered_in_the_frame_checked_on_the_server_and_stored_as_selections()
    {
        const string form = """
            <QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
              <Question><QuestionIdentifier>count</QuestionIdentifier><IsRequired>true</IsRequired>
                <QuestionContent><Text>How many signs do you see?</Text></QuestionContent>
                <AnswerSpecification><FreeTextAnswer><Constraints><IsNumeric minValue="0" maxValue="50"/></Constraints></FreeTextAnswer></AnswerSpecification></Question>
              <Question><QuestionIdentifier>kinds</QuestionIdentifier>
                <QuestionContent><Text>Which kinds?</Text></QuestionContent>
                <AnswerSpecification><SelectionAnswer><MinSelectionCount>1</MinSelectionCount><MaxSelectionCount>2</MaxSelectionCount><StyleSuggestion>checkbox</StyleSuggestion>
                  <Selections><Selection><SelectionIdentifier>stop</SelectionIdentifier><Text>Stop</Text></Selection>
                  <Selection><SelectionIdentifier>yield</SelectionIdentifier><Text>Yield</Text></Selection></Selections>
                </SelectionAnswer></AnswerSpecification></Question>
            </QuestionForm>
            """;
        var (app, session, _, groupId) = await StartAsync(form);
        await using var _ = app;
        using var __ = session;
        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);
        var task = await session.GetAsync(work.FrameSource);
        Assert.Contains("How many signs do you see?", task.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"task fit\"", work.FrameTag, StringComparison.Ordinal);
        var action = new Uri(QueryOf(work.FrameSource)["turkSubmitTo"]).AbsolutePath + "/questionform";
        Assert.Contains($"action=\"{action}\"", task.Html, StringComparison.Ordinal);

        var wrong = await session.PostFormAsync("http://task.localhost" + action, [("count", "99")]);
        var right = await session.PostFormAsync("http://task.localhost" + action, [("count", "7"), ("kinds", "stop"), ("kinds", "yield")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Contains("Enter a number from 0 to 50", wrong.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"99\"", wrong.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        var answer = (await WebWork.StoredAsync(app, assignmentId)).Answer!;
        Assert.Contains("<QuestionIdentifier>count</QuestionIdentifier>\n<FreeText>7</FreeText>", answer, StringComparison.Ordinal);
        Assert.Contains("<QuestionIdentifier>kinds</QuestionIdentifier>\n<SelectionIdentifier>stop</SelectionIdentifier>\n<SelectionIdentifier>yield</SelectionIdentifier>", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_external_question_frames_the_requesters_url_with_the_four_parameters()
    {
        var (app, session, hitId, groupId) = await StartAsync(Questions.External);
        await using var _ = app;
        using var __ = session;

        var preview = await session.GetAsync($"/groups/{groupId}");
        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);

        Assert.StartsWith("https://survey.example.org/task?study=7&lang=en&assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE&hitId=", preview.FrameSource, StringComparison.Ordinal);
        Assert.StartsWith($"https://survey.example.org/task?study=7&lang=en&assignmentId={assignmentId}&hitId={hitId}&workerId=A", work.FrameSource, StringComparison.Ordinal);
        Assert.StartsWith("http://task.localhost/s/", QueryOf(work.FrameSource)["turkSubmitTo"], StringComparison.Ordinal);
        Assert.Contains("class=\"task fit\"", work.FrameTag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_dashboard_and_history_follow_the_work()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync();
        var (_, groupId) = await WebWork.CreateHitAsync(requester, Questions.Html, maxAssignments: 1);
        var (_, otherGroup) = await WebWork.CreateHitAsync(requester, Questions.Html, title: "Another task", reward: "0.20");
        using var session = new WebSession(app);
        await session.SignUpAsync();
        var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);
        var (returnedId, returnedWork) = await WebWork.AcceptAsync(session, otherGroup);
        var queue = await session.GetAsync("/queue");
        Assert.True(queue.Html.Contains($"/work/{assignmentId}", StringComparison.Ordinal), queue.Html);

        var returned = await session.PostFormAsync($"/work/{returnedId}?handler=Return", [], returnedWork);
        await session.PostFormAsync(QueryOf(work.FrameSource)["turkSubmitTo"] + "/mturk/externalSubmit", [("assignmentId", assignmentId), ("colour", "red")]);
        var pending = await session.GetAsync("/dashboard");
        await app.RejectAsync(requester.Requester, assignmentId, "Red is not < blue");
        var history = await session.GetAsync("/history");
        var decided = await session.GetAsync("/dashboard");

        Assert.Equal("/queue?notice=returned", returned.Location!.OriginalString);
        Assert.DoesNotContain("/work/", (await session.GetAsync("/queue")).Html, StringComparison.Ordinal);
        Assert.Contains("id=\"pending-earnings\">$0.50<", pending.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"submitted-count\">1<", pending.Html, StringComparison.Ordinal);
        Assert.Contains("Red is not &lt; blue", history.Html, StringComparison.Ordinal);
        Assert.Contains("Rejected", history.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"rejected-count\">1<", decided.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"approval-rate\">0%<", decided.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_pages_show_every_piece_of_work_once_even_when_submitted_at_the_same_instant()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var requester = await app.NewRequesterClientAsync("100.00");
        string groupId = "";
        for (var i = 0; i < 30; i++)
        {
            (_, groupId) = await WebWork.CreateHitAsync(requester, Questions.Html);
        }

        using var session = new WebSession(app);
        await session.SignUpAsync();
        for (var i = 0; i < 30; i++)
        {
            var (assignmentId, work) = await WebWork.AcceptAsync(session, groupId);
            await session.PostFormAsync(QueryOf(work.FrameSource)["turkSubmitTo"] + "/mturk/externalSubmit", [("assignmentId", assignmentId), ("colour", "red")]);
        }

        var first = await session.GetAsync("/history");
        var older = System.Text.RegularExpressions.Regex.Match(first.Html, "href=\"(/history\\?before=[^\"]+)\" rel=\"next\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var second = await session.GetAsync(older);

        static int Rows(string html) => html.Split("<tr>").Length - 1 - 1;
        Assert.Equal(25, Rows(first.Html));
        Assert.Equal(5, Rows(second.Html));
        Assert.DoesNotContain("rel=\"next\"", second.Html, StringComparison.Ordinal);
    }
}
