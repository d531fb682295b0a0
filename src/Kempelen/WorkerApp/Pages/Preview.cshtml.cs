using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Hits;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp.Pages;

/// <summary>A group's oldest acceptable HIT as the worker will see it, with assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE.</summary>
public sealed class PreviewModel(KempelenDb db, WorkerTaskFrames frames, AcceptNextInGroup acceptNext, WorkerStanding standing, TimeProvider time) : PageModel
{
    private const string What = "these HITs";

    [BindProperty(SupportsGet = true)]
    public string GroupId { get; set; } = "";

    public HitGroupRow? Group { get; private set; }

    public int HitsAvailable { get; private set; }

    public TaskFrame? Frame { get; private set; }

    public IReadOnlyList<RequirementLine> Requirements { get; private set; } = [];

    /// <summary>Why the worker may not see the task itself; the page then shows this instead of the frame.</summary>
    public string? PreviewRefusal { get; private set; }

    /// <summary>Why the Accept button is disabled; null when it is not.</summary>
    public string? AcceptRefusal { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Group is null ? NotFoundPage() : Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }

        if (User.FindWorkerId() is not { } worker)
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        try
        {
            var assignment = await acceptNext.ExecuteAsync(worker, HitGroupId.From(GroupId), cancellationToken);
            return Redirect("/work/" + assignment.Id.Value);
        }
        catch (DomainException refusal)
        {
            Error = refusal.Message;
            await LoadAsync(cancellationToken);
            Response.StatusCode = refusal.Code == ErrorCode.DoesNotMeetRequirements ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return Group is null ? NotFoundPage() : Page();
        }
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var groupId = HitGroupId.From(GroupId);
        var now = time.UtcNowToTheMillisecond();
        var found = await (
                from t in db.HitTypes.AsNoTracking()
                where t.HitGroupId == groupId
                join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
                select new { Type = t, RequesterName = r.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return;
        }

        var type = found.Type;
        Group = new HitGroupRow(type.Id, type.HitGroupId, found.RequesterName, type.Title, type.Description, type.Reward, type.AssignmentDurationInSeconds, 0, type.CreatedAt);
        var worker = User.FindWorkerId();
        var access = worker is { } id ? await standing.AccessToAsync(id, type, cancellationToken) : HitAccess.ForVisitor(type.Requirements);
        var lines = (await RequirementLine.ForAsync(db, [access], cancellationToken))[0];
        Requirements = lines;
        string Named(Requirement requirement) => lines.First(l => ReferenceEquals(l.Requirement, requirement)).Text;
        AcceptRefusal = worker is null ? null : access.AcceptRefusal(What, Named);
        if (!access.CanPreview)
        {
            PreviewRefusal = worker is null
                ? "Sign in to preview these HITs: they are shown only to workers who meet their qualification requirements."
                : access.PreviewRefusal(What, Named);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var acceptable = db.Hits.AsNoTracking().Where(h => h.HitGroupId == groupId).Where(Hit.AcceptableAt(now));
        HitsAvailable = await acceptable.CountAsync(cancellationToken);
        var first = await acceptable.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id).Select(h => new { h.Id, h.Question }).FirstOrDefaultAsync(cancellationToken);
        if (first is not null)
        {
            Frame = frames.ForPreview(Request, first.Id, first.Question, worker);
        }
    }
}
