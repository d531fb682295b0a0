using Kempelen.Idempotency;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages;

/// <summary>
/// One worker as the requester sees them, and the requester's actions on them. Every action is the use case the
/// MTurk operation calls; its refusal is shown beside the form it came from.
/// </summary>
public sealed class WorkerModel(KempelenDb db, RequesterWorkers workers) : RequesterPage
{
    [BindProperty(SupportsGet = true)]
    public string WorkerId { get; set; } = "";

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? AssignmentId { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    /// <summary>Made fresh for each bonus form (<see cref="BonusForm"/>).</summary>
    [BindProperty]
    public string? BonusToken { get; set; }

    [BindProperty]
    public string? QualificationTypeId { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    public WorkerFigures? Figures { get; private set; }

    public string? BlockReason { get; private set; }

    public IReadOnlyList<WorkerAssignmentRow> Assignments { get; private set; } = [];

    public IReadOnlyList<WorkerQualificationRow> Qualifications { get; private set; } = [];

    /// <summary>Which form failed ("block", "bonus", "grant", "revoke") and why.</summary>
    public (string Form, string Message)? Error { get; private set; }

    public string? ErrorFor(string form) => Error is { } error && error.Form == form ? error.Message : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostBlockAsync([FromServices] BlockWorker block, CancellationToken cancellationToken) =>
        RunAsync("block", () => block.ExecuteAsync(Requester, WorkerId, Reason ?? "", cancellationToken), $"Worker {WorkerId} is blocked from your HITs.", cancellationToken);

    public Task<IActionResult> OnPostUnblockAsync([FromServices] UnblockWorker unblock, CancellationToken cancellationToken) =>
        RunAsync("block", () => unblock.ExecuteAsync(Requester, WorkerId, cancellationToken), $"Worker {WorkerId} may take your HITs again.", cancellationToken);

    public async Task<IActionResult> OnPostBonusAsync([FromServices] BonusForm bonus, CancellationToken cancellationToken)
    {
        try
        {
            TempData["Notice"] = await bonus.PayAsync(Requester, WorkerId, AssignmentId, Amount, Reason, BonusToken, cancellationToken);
            return Redirect("/requester/workers/" + Uri.EscapeDataString(WorkerId));
        }
        catch (DomainException refusal)
        {
            return await FailAsync("bonus", refusal, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostGrantAsync([FromServices] AssociateQualification associate, CancellationToken cancellationToken)
    {
        if (!int.TryParse(Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return await FailAsync("grant", DomainException.InvalidParameter("IntegerValue", $"The value must be a whole number; got '{Value}'."), cancellationToken);
        }

        return await RunAsync(
            "grant",
            () => associate.ExecuteAsync(Requester, QualificationTypeId ?? "", WorkerId, value, cancellationToken),
            $"Worker {WorkerId} now holds the qualification with value {value}.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostRevokeAsync([FromServices] RevokeQualification revoke, CancellationToken cancellationToken) =>
        RunAsync(
            "revoke",
            () => revoke.ExecuteAsync(Requester, QualificationTypeId ?? "", WorkerId, string.IsNullOrWhiteSpace(Reason) ? null : Reason, cancellationToken),
            $"The qualification was revoked from worker {WorkerId}.",
            cancellationToken);

    private async Task<IActionResult> RunAsync(string form, Func<Task> action, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await action();
        }
        catch (DomainException refusal)
        {
            return await FailAsync(form, refusal, cancellationToken);
        }

        TempData["Notice"] = notice;
        return Redirect("/requester/workers/" + Uri.EscapeDataString(WorkerId));
    }

    private async Task<IActionResult> FailAsync(string form, DomainException refusal, CancellationToken cancellationToken)
    {
        Error = (form, refusal.Message);
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = refusal.Code == ErrorCode.InsufficientFunds || refusal.Code == ErrorCode.InvalidAssignmentState
            ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var worker = Kempelen.Accounts.WorkerId.From(WorkerId);
        if (!await db.Workers.AsNoTracking().AnyAsync(w => w.Id == worker, cancellationToken))
        {
            return false;
        }

        BlockReason = await workers.BlockReasonAsync(Requester, worker, cancellationToken);
        Figures = await workers.FiguresAsync(Requester, worker, BlockReason is not null, cancellationToken);
        Assignments = await workers.RecentAssignmentsAsync(Requester, worker, cancellationToken);
        Qualifications = await workers.QualificationsAsync(Requester, worker, cancellationToken);
        BonusToken = RequestTokens.NewFormToken();
        return true;
    }
}
