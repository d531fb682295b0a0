using System.Text.Json;
using Kempelen.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>Script in a requester's task cannot reach the worker app: not its DOM, not its cookies, not its pages.</summary>
[Collection(typeof(BrowserJourneys))]
public sealed class TaskFrameIsolation
{
    [Fact]
    public async Task Script_in_the_task_frame_cannot_read_the_worker_apps_cookies_dom_or_pages()
    {
        await using var app = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await app.NewRequesterClientAsync();
        var probe = $$"""
            <HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">
              <HTMLContent><![CDATA[<!DOCTYPE html><html><head><meta charset="utf-8"><script src="https://s3.amazonaws.com/mturk-public/externalHIT_v1.js"></script></head>
            <body><form id="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">
            <input type="hidden" id="assignmentId" name="assignmentId"><input type="hidden" id="probe" name="probe">
            <input type="submit" id="submitButton" value="Submit" disabled></form>
            <script>
            turkSetAssignmentID();
            (async () => {
              const result = {};
              try { result.parentDom = String(parent.document.body.innerHTML.length); } catch (e) { result.parentDom = "blocked " + e.name; }
              try { result.topCookie = String(top.document.cookie); } catch (e) { result.topCookie = "blocked " + e.name; }
              try { result.cookie = document.cookie; } catch (e) { result.cookie = "blocked " + e.name; }
              try { result.storage = String(localStorage.length); } catch (e) { result.storage = "blocked " + e.name; }
              result.origin = String(self.origin);
              try {
                const page = await fetch("{{app.AppUrl}}/dashboard", { credentials: "include" });
                result.dashboard = (await page.text()).includes("worker ID") ? "read" : "unreadable";
              } catch (e) { result.dashboard = "blocked " + e.name; }
              document.getElementById("probe").value = JSON.stringify(result);
              document.getElementById("submitButton").disabled = false;
            })();
            </script></body></html>]]></HTMLContent>
              <FrameHeight>300</FrameHeight>
            </HTMLQuestion>
            """;
        var response = await requester.CallAsync("CreateHIT", HitRequests.CreateHit(title: "Harmless looking task").With("Question", probe));
        var hitId = response["HIT"].GetProperty("HITId").GetString()!;
        var groupId = response["HIT"].GetProperty("HITGroupId").GetString()!;
        var page = await chromium.SignedUpPageAsync(app.AppUrl, "target@example.org");

        await page.GotoAsync($"{app.AppUrl}/groups/{groupId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        var submit = page.FrameLocator("#task-frame").Locator("#submitButton");
        await Assertions.Expect(submit).ToBeEnabledAsync();
        await submit.ClickAsync();
        await page.WaitForURLAsync("**/queue?notice=submitted");

        var answer = Assert.Single(await app.AssignmentsOfHitAsync(hitId)).Answer!;
        var json = System.Net.WebUtility.HtmlDecode(answer[(answer.IndexOf("<FreeText>{", StringComparison.Ordinal) + "<FreeText>".Length)..answer.IndexOf("}</FreeText>", StringComparison.Ordinal)] + "}");
        var result = JsonDocument.Parse(json).RootElement;
        Assert.StartsWith("blocked SecurityError", result.GetProperty("parentDom").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("blocked SecurityError", result.GetProperty("topCookie").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("blocked SecurityError", result.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("blocked SecurityError", result.GetProperty("storage").GetString(), StringComparison.Ordinal);
        Assert.Equal("null", result.GetProperty("origin").GetString());
        Assert.StartsWith("blocked", result.GetProperty("dashboard").GetString(), StringComparison.Ordinal);
    }
}
