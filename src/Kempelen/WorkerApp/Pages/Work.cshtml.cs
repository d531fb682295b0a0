using Kempelen.Assignments;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Kempelen.WorkerApp.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.WorkerApp.Pages;

/// <summary>
/// Accepted work: the task in its sandboxed frame, the time left, Return, and where to go once the frame reports
/// a submission. Submitting itself happens inside the frame, on the task origin.
/// </summary>
public sealed class WorkModel(KempelenDb db, WorkerTaskFrames frames, ReturnAssignment returnAssignment, AcceptNextInGroup acceptNext, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string AssignmentId { get; set; } = "";

    /// <summary>Carried over from the previous work page, so the choice sticks while going through a group.</summary>
    [BindProperty(SupportsGet = true)]
    public bool AcceptNext { get; set; }

    public AssignmentRow? Work { get; private set; }

    public TaskFrame? Frame { get; private set; }

    public long SecondsLeft { get; private set; }

    public string? StateMessage { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Work is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        try
        {
            await returnAssignment.ExecuteAsync(Worker, AssignmentId, cancellationToken);
            return Redirect("/queue?notice=returned");
        }
        catch (DomainException refusal)
        {
            Error = refusal.Message;
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    /// <summary>
    /// Sent by the page's script when the frame reports a submission. The frame's word is not trusted: the
    /// assignment's stored state decides whether the worker moves on.
    /// </summary>
    public async Task<IActionResult> OnPostContinueAsync(CancellationToken cancellationToken)
    {
        var id = Assignments.AssignmentId.From(AssignmentId);
        var worker = Worker;
        var state = await db.Assignments.AsNoTracking()
            .Where(a => a.Id == id && a.WorkerId == worker)
            .Select(a => new { a.Status, a.HitId })
            .SingleOrDefaultAsync(cancellationToken);
        if (state is null || state.Status == AssignmentStatus.Accepted)
        {
            return Redirect("/work/" + Uri.EscapeDataString(AssignmentId));
        }

        if (!AcceptNext)
        {
            return Redirect("/queue?notice=submitted");
        }

        var group = await db.Hits.AsNoTracking().Where(h => h.Id == state.HitId).Select(h => h.HitGroupId).SingleAsync(cancellationToken);
        try
        {
            var next = await acceptNext.ExecuteAsync(worker, group, cancellationToken);
            return Redirect($"/work/{next.Id.Value}?acceptNext=true");
        }
        catch (DomainException refusal) when (refusal.Code is ErrorCode.HitNotAvailable or ErrorCode.InvalidAssignmentState)
        {
            return Redirect("/queue?notice=group-done");
        }
    }

    private Accounts.WorkerId Worker => WorkerTokenAuthentication.WorkerOf(User);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var id = Assignments.AssignmentId.From(AssignmentId);
        var worker = Worker;
        var found = await (
                from a in db.Assignments.AsNoTracking()
                where a.Id == id && a.WorkerId == worker
                join h in db.Hits.AsNoTracking() on a.HitId equals h.Id
                join t in db.HitTypes.AsNoTracking() on h.HitTypeId equals t.Id
                join r in db.Requesters.AsNoTracking() on t.RequesterId equals r.Id
                select new
                {
                    Row = new AssignmentRow(a.Id, h.Id, t.HitGroupId, r.Name, t.Title, t.Reward, a.Status, a.AcceptTime, a.Deadline, a.SubmitTime, a.RequesterFeedback),
                    h.Question,
                })
            .SingleOrDefaultAsync(cancellationToken);
        Work = found?.Row;
        if (found is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        SecondsLeft = Math.Max(0, (long)(found.Row.Deadline - now).TotalSeconds);
        StateMessage = found.Row.Status switch
        {
            AssignmentStatus.Accepted when SecondsLeft == 0 => "The time for this assignment is up; it can no longer be submitted.",
            AssignmentStatus.Accepted => null,
            AssignmentStatus.Submitted => "You submitted this assignment. It is waiting for the requester's review.",
            AssignmentStatus.Approved => "You submitted this assignment and it was approved.",
            AssignmentStatus.Rejected => "You submitted this assignment and it was rejected.",
            AssignmentStatus.Returned => "You returned this assignment.",
            AssignmentStatus.Abandoned => "The time for this assignment ran out before it was submitted.",
        };
        if (StateMessage is null)
        {
            Frame = frames.ForWork(Request, found.Row.AssignmentId, found.Row.HitId, found.Question, worker, found.Row.Deadline);
        }
    }
}
