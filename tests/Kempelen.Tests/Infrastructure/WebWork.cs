using System.Net;
using Kempelen.Assignments;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Infrastructure;

/// <summary>Steps that web app tests share: create a HIT, accept it through the pages, read the stored answer.</summary>
public static class WebWork
{
    public static async Task<(string HitId, string GroupId)> CreateHitAsync(MTurkClient requester, string question, string title = "Name the colour", string reward = "0.50", int maxAssignments = 1)
    {
        var hit = (await requester.CallAsync("CreateHIT", HitRequests.CreateHit(reward: reward, maxAssignments: maxAssignments, title: title).With("Question", question)))
            .EnsureOk()["HIT"];
        return (hit.GetProperty("HITId").GetString()!, hit.GetProperty("HITGroupId").GetString()!);
    }

    /// <summary>Accepts the group's next HIT from its preview page and answers the work page.</summary>
    public static async Task<(string AssignmentId, WebPage WorkPage)> AcceptAsync(WebSession session, string groupId)
    {
        var preview = await session.GetAsync($"/groups/{groupId}");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var accepted = await session.PostFormAsync($"/groups/{groupId}?handler=Accept", [], preview);
        Assert.True(accepted.Status == HttpStatusCode.Redirect, $"Accepting answered {(int)accepted.Status}:\n{accepted.Html}");
        var location = accepted.Location!.OriginalString;
        Assert.StartsWith("/work/", location, StringComparison.Ordinal);
        var work = await session.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, work.Status);
        return (location["/work/".Length..], work);
    }

    public static async Task<(AssignmentStatus Status, string? Answer)> StoredAsync(KempelenApp app, string assignmentId)
    {
        await using var scope = app.Scope();
        var id = AssignmentId.From(assignmentId);
        var stored = await scope.ServiceProvider.GetRequiredService<KempelenDb>().Assignments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Status, a.Answer })
            .SingleAsync(TestContext.Current.CancellationToken);
        return (stored.Status, stored.Answer);
    }
}
