using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;

namespace Kempelen.RequesterApp.Pages;

public sealed class IndexModel(KempelenDb db) : RequesterPage
{
    public string Name { get; private set; } = "";

    public RequesterId RequesterId { get; private set; }

    public RequesterBalance Balance { get; private set; } = new(Money.Zero, Money.Zero);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RequesterId = Requester;
        Name = await db.Requesters.AsNoTracking().Where(r => r.Id == RequesterId).Select(r => r.Name).SingleAsync(cancellationToken);
        Balance = await RequesterBalance.ReadAsync(db, RequesterId, cancellationToken);
    }
}
