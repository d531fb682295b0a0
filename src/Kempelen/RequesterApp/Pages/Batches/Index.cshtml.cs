using Kempelen.Batches;
using Kempelen.Storage;

namespace Kempelen.RequesterApp.Pages.Batches;

public sealed class IndexModel(KempelenDb db) : RequesterPage
{
    private const int Shown = 100;

    public IReadOnlyList<BatchProgress> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Batches = await BatchProgress.LatestAsync(db, Requester, Shown, cancellationToken);
}
