using Kempelen.Accounts;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages;

public sealed class KeysModel(KempelenDb db) : RequesterPage
{
    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];

    /// <summary>Set only in the answer to the POST that created it: the secret is shown once and stored nowhere else.</summary>
    public IssueAccessKey.Issued? Issued { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync([FromServices] IssueAccessKey issue, CancellationToken cancellationToken)
    {
        Issued = await issue.ExecuteAsync(Requester, cancellationToken);

        // The secret is in this response only; no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? accessKeyId, [FromServices] RevokeAccessKey revoke, CancellationToken cancellationToken)
    {
        try
        {
            await revoke.ExecuteAsync(Requester, accessKeyId ?? "", cancellationToken);
        }
        catch (DomainException refusal)
        {
            Error = refusal.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = $"Access key {accessKeyId} was revoked; MTurk calls signed with it are refused.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var requester = Requester;
        Keys = await db.AccessKeys.AsNoTracking()
            .Where(k => k.RequesterId == requester)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => new KeyRow(k.Id, k.CreatedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    public sealed record KeyRow(string Id, DateTime CreatedAt, DateTime? RevokedAt);
}
