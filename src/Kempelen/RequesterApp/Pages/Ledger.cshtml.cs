using System.Globalization;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Kempelen.RequesterApp.Pages;

public sealed class LedgerModel(KempelenDb db, RequesterLedger ledger) : RequesterPage
{
    /// <summary>The time of the last entry of the previous page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    /// <summary>The last entry of the previous page, which breaks ties between equal times.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public RequesterBalance Balance { get; private set; } = new(Money.Zero, Money.Zero);

    public IReadOnlyList<LedgerLine> Lines { get; private set; } = [];

    public bool IsFirstPage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (DateTime, Guid)? before =
            DateTime.TryParse(Before, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            && Guid.TryParse(After, out var id)
                ? (at, id)
                : null;
        IsFirstPage = before is null;
        Balance = await RequesterBalance.ReadAsync(db, Requester, cancellationToken);
        Lines = await ledger.PageAsync(Requester, before, cancellationToken);
    }

    public string OlderLink()
    {
        var last = Lines[^1];
        return "/requester/ledger?before=" + Uri.EscapeDataString(last.At.ToString("O", CultureInfo.InvariantCulture)) + "&after=" + last.Id.ToString("D");
    }
}
