using System.Text.RegularExpressions;
using Kempelen.Assignments;
using Kempelen.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>
/// A worker in real headless Chromium: signs up, finds a HIT, previews, accepts, does it in the sandboxed frame and
/// submits, for each question format. The HITs come from a requester through the MTurk protocol.
/// </summary>
[Collection(typeof(BrowserJourneys))]
public sealed partial class WorkerJourneys
{
    private const string HtmlTask = """
        <HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">
          <HTMLContent><![CDATA[<!DOCTYPE html>
        <html><head><meta charset="utf-8"><script src="https://s3.amazonaws.com/mturk-public/externalHIT_v1.js"></script></head>
        <body><form id="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">
          <input type="hidden" id="assignmentId" name="assignmentId" value="">
          <p>Which word is a colour?</p>
          <label><input type="radio" name="colour" value="red"> red</label>
          <label><input type="radio" name="colour" value="fast"> fast</label>
          <label>Comment <textarea name="comment"></textarea></label>
          <input type="submit" id="submitButton" value="Submit">
        </form><script>turkSetAssignmentID();</script></body></html>]]></HTMLContent>
          <FrameHeight>400</FrameHeight>
        </HTMLQuestion>
        """;

    private static async Task<(string HitId, string GroupId)> CreateHitAsync(MTurkClient requester, string question, string title)
    {
        var response = await requester.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.50", maxAssignments: 2, title: title).With("Question", question));
        Assert.True(response.Status == System.Net.HttpStatusCode.OK, response.Body.ToString());
        var hit = response["HIT"];
        return (hit.GetProperty("HITId").GetString()!, hit.GetProperty("HITGroupId").GetString()!);
    }

    private static async Task FindAndAcceptAsync(IPage page, ServedKempelen app, string keyword, string title)
    {
        await page.GotoAsync(app.AppUrl + "/");
        await page.GetByLabel("Keywords").FillAsync(keyword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.WaitForURLAsync(GroupPage());
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.WaitForURLAsync(WorkPage());
    }

    [GeneratedRegex("/groups/3[A-Z0-9]+$")]
    private static partial Regex GroupPage();

    [GeneratedRegex("/work/3[A-Z0-9]+")]
    private static partial Regex WorkPage();

    [Fact]
    public async Task A_worker_signs_up_finds_previews_accepts_and_submits_an_html_question()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.NewRequesterClientAsync();
        var (hitId, _) = await CreateHitAsync(requester, HtmlTask, "Name the colour");

        var page = await chromium.SignedUpPageAsync(app.AppUrl);
        await page.GotoAsync(app.AppUrl + "/");
        await page.GetByLabel("Keywords").FillAsync("colour");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Name the colour" }).ClickAsync();
        await page.WaitForURLAsync(GroupPage());
        var preview = page.FrameLocator("iframe.task");
        await Assertions.Expect(preview.Locator("#submitButton")).ToBeDisabledAsync();
        await Assertions.Expect(preview.Locator("#assignmentId")).ToHaveValueAsync("ASSIGNMENT_ID_NOT_AVAILABLE");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.WaitForURLAsync(WorkPage());
        var assignmentId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var task = page.FrameLocator("#task-frame");
        await Assertions.Expect(task.Locator("#assignmentId")).ToHaveValueAsync(assignmentId);
        await task.GetByLabel("red").CheckAsync();
        await task.GetByLabel("Comment").FillAsync("easy & quick");
        await page.GetByLabel("Accept the next HIT of this group after submitting").UncheckAsync();
        await task.Locator("#submitButton").ClickAsync();
        await page.WaitForURLAsync("**/queue?notice=submitted");

        var stored = Assert.Single(await app.AssignmentsOfHitAsync(hitId));
        Assert.Equal(assignmentId, stored.AssignmentId);
        Assert.Equal(AssignmentStatus.Submitted, stored.Status);
        Assert.Contains("<QuestionIdentifier>colour</QuestionIdentifier>\n<FreeText>red</FreeText>", stored.Answer, StringComparison.Ordinal);
        Assert.Contains("<QuestionIdentifier>comment</QuestionIdentifier>\n<FreeText>easy &amp; quick</FreeText>", stored.Answer, StringComparison.Ordinal);
        await page.GotoAsync(app.AppUrl + "/dashboard");
        await Assertions.Expect(page.Locator("#pending-earnings")).ToHaveTextAsync("$0.50");
        await Assertions.Expect(page.Locator("#submitted-count")).ToHaveTextAsync("1");

        // The requester's own script, with the real boto3: find the work, approve it, add a bonus.
        var reviewed = await Boto3.RunAsync(app.Endpoint, requester.Requester, $$"""
            work = mturk.list_assignments_for_hit(HITId="{{hitId}}", AssignmentStatuses=["Submitted"])["Assignments"]
            assert len(work) == 1 and "<FreeText>red</FreeText>" in work[0]["Answer"], work
            mturk.approve_assignment(AssignmentId=work[0]["AssignmentId"], RequesterFeedback="Thanks!")
            mturk.send_bonus(WorkerId=work[0]["WorkerId"], AssignmentId=work[0]["AssignmentId"], BonusAmount="1.00",
                             Reason="Careful work", UniqueRequestToken="bonus-" + work[0]["AssignmentId"])
            print(mturk.get_assignment(AssignmentId=work[0]["AssignmentId"])["Assignment"]["AssignmentStatus"])
            """);
        Assert.Equal("Approved", reviewed);

        await page.GotoAsync(app.AppUrl + "/dashboard");
        await Assertions.Expect(page.Locator("#approved-count")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#balance")).ToHaveTextAsync("$1.50");
    }

    [Fact]
    public async Task Accepting_the_next_hit_of_the_group_after_submitting_opens_it()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.NewRequesterClientAsync();
        var (first, _) = await CreateHitAsync(requester, HtmlTask, "Name the colour");
        var (second, _) = await CreateHitAsync(requester, HtmlTask, "Name the colour");
        var page = await chromium.SignedUpPageAsync(app.AppUrl);
        await FindAndAcceptAsync(page, app, "colour", "Name the colour");
        var firstWork = page.Url;

        await page.GetByLabel("Accept the next HIT of this group after submitting").CheckAsync();
        await page.FrameLocator("#task-frame").GetByLabel("red").CheckAsync();
        await page.FrameLocator("#task-frame").Locator("#submitButton").ClickAsync();
        await page.WaitForURLAsync(url => WorkPage().IsMatch(url) && url != firstWork && url.Contains("acceptNext=true", StringComparison.Ordinal));

        // Both HITs were created at the same fake instant, so either may have come first.
        var statuses = new[] { Assert.Single(await app.AssignmentsOfHitAsync(first)).Status, Assert.Single(await app.AssignmentsOfHitAsync(second)).Status };
        Assert.Equal([AssignmentStatus.Accepted, AssignmentStatus.Submitted], statuses.Order());
        await Assertions.Expect(page.GetByLabel("Accept the next HIT of this group after submitting")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task An_external_question_posts_from_the_requesters_site_to_turk_submit_to()
    {
        await using var site = await ExternalTaskSite.StartAsync("""
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <form id="f" method="post"><input type="hidden" name="assignmentId" id="assignmentId">
            <label>Your answer <input name="answer"></label><button type="submit">Send</button></form>
            <script>
              const params = new URLSearchParams(location.search);
              document.getElementById("assignmentId").value = params.get("assignmentId");
              document.getElementById("f").action = params.get("turkSubmitTo") + "/mturk/externalSubmit";
              document.body.dataset.study = params.get("study");
            </script></body></html>
            """);
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.NewRequesterClientAsync();
        var question = $"""
            <ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">
              <ExternalURL>{System.Security.SecurityElement.Escape(site.TaskUrl)}</ExternalURL><FrameHeight>0</FrameHeight>
            </ExternalQuestion>
            """;
        var (hitId, _) = await CreateHitAsync(requester, question, "Survey on the requester's site");
        var page = await chromium.SignedUpPageAsync(app.AppUrl);

        await FindAndAcceptAsync(page, app, "survey", "Survey on the requester's site");
        var task = page.FrameLocator("#task-frame");
        await Assertions.Expect(task.Locator("body")).ToHaveAttributeAsync("data-study", "7");
        await task.GetByLabel("Your answer").FillAsync("forty-two");
        await task.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await page.WaitForURLAsync("**/queue?notice=submitted");

        var stored = Assert.Single(await app.AssignmentsOfHitAsync(hitId));
        Assert.Equal(AssignmentStatus.Submitted, stored.Status);
        Assert.Contains("<QuestionIdentifier>answer</QuestionIdentifier>\n<FreeText>forty-two</FreeText>", stored.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_form_is_filled_in_the_frame_and_stored_as_selections()
    {
        const string form = """
            <QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
              <Overview><Title>Street signs</Title></Overview>
              <Question><QuestionIdentifier>count</QuestionIdentifier><IsRequired>true</IsRequired>
                <QuestionContent><Text>How many signs do you see?</Text></QuestionContent>
                <AnswerSpecification><FreeTextAnswer><Constraints><IsNumeric minValue="0" maxValue="50"/></Constraints></FreeTextAnswer></AnswerSpecification></Question>
              <Question><QuestionIdentifier>kind</QuestionIdentifier><IsRequired>true</IsRequired>
                <QuestionContent><Text>Which kind is most common?</Text></QuestionContent>
                <AnswerSpecification><SelectionAnswer><StyleSuggestion>radiobutton</StyleSuggestion>
                  <Selections><Selection><SelectionIdentifier>stop</SelectionIdentifier><Text>Stop</Text></Selection>
                  <Selection><SelectionIdentifier>yield</SelectionIdentifier><Text>Yield</Text></Selection></Selections>
                </SelectionAnswer></AnswerSpecification></Question>
            </QuestionForm>
            """;
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.NewRequesterClientAsync();
        var (hitId, _) = await CreateHitAsync(requester, form, "Count street signs");
        var page = await chromium.SignedUpPageAsync(app.AppUrl);

        await FindAndAcceptAsync(page, app, "signs", "Count street signs");
        var task = page.FrameLocator("#task-frame");
        await task.GetByLabel("Your answer (required)").FillAsync("7");
        await task.GetByLabel("Yield").CheckAsync();
        await task.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await page.WaitForURLAsync("**/queue?notice=submitted");

        var stored = Assert.Single(await app.AssignmentsOfHitAsync(hitId));
        Assert.Equal(AssignmentStatus.Submitted, stored.Status);
        Assert.Contains("<QuestionIdentifier>count</QuestionIdentifier>\n<FreeText>7</FreeText>", stored.Answer, StringComparison.Ordinal);
        Assert.Contains("<QuestionIdentifier>kind</QuestionIdentifier>\n<SelectionIdentifier>yield</SelectionIdentifier>", stored.Answer, StringComparison.Ordinal);
    }
}
