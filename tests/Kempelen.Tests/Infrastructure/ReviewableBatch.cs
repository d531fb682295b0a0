using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Projects;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// A batch published from a project's CSV through PublishBatch, with workers who accepted and submitted its HITs
/// through the same use cases the worker app calls: the material of the review grid's tests.
/// </summary>
public sealed record ReviewableBatch(BatchId Id, IReadOnlyList<HitId> Hits, IReadOnlyList<WorkerId> Workers)
{
    /// <summary>Reward per assignment: $0.10, plus MTurk's 20% commission.</summary>
    public static readonly Money Reward = new(10);

    /// <summary>
    /// Publishes <paramref name="csv"/> (its HTML shows ${text}; other columns are inputs only) with
    /// <paramref name="workers"/> assignments per HIT, and has each of that many workers submit every HIT with the
    /// answers <paramref name="answers"/> gives for (row index, worker index); <paramref name="afterEachSubmit"/> can move
    /// a test's clock so that submit times differ.
    /// </summary>
    public static async Task<ReviewableBatch> PublishAsync(
        Func<AsyncServiceScope> scopes,
        RequesterId requester,
        string csv,
        int workers,
        Func<int, int, IEnumerable<(string Name, string Value)>> answers,
        Action? afterEachSubmit = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        BatchId batch;
        List<HitId> hits;
        await using (var scope = scopes())
        {
            var services = scope.ServiceProvider;
            var project = await services.GetRequiredService<SaveProject>().CreateAsync(
                requester,
                new ProjectTerms(
                    HitTypeProperties.Create("Label the text", "Read one line and label it", null, Reward, 600, 3600, []),
                    workers,
                    LifetimeInSeconds: 86400,
                    """<p>${text}</p><input name="label">""",
                    ProjectTerms.DefaultFrameHeight),
                cancellationToken);
            batch = (await services.GetRequiredService<PublishBatch>().ExecuteAsync(requester, project.Id, csv, publishToken: null, progress: null, cancellationToken)).Id;
            hits = await services.GetRequiredService<KempelenDb>().BatchRows.AsNoTracking()
                .Where(r => r.BatchId == batch).OrderBy(r => r.RowNumber).Select(r => r.HitId).ToListAsync(cancellationToken);
        }

        var workerIds = new List<WorkerId>();
        for (var w = 0; w < workers; w++)
        {
            await using var scope = scopes();
            var registered = await scope.ServiceProvider.GetRequiredService<RegisterWorker>()
                .ExecuteAsync($"worker-{Guid.NewGuid():N}@example.org", "correct horse battery", cancellationToken);
            workerIds.Add(registered.WorkerId);
            for (var row = 0; row < hits.Count; row++)
            {
                await using var work = scopes();
                var accepted = await work.ServiceProvider.GetRequiredService<AcceptAssignment>().ExecuteAsync(registered.WorkerId, hits[row], cancellationToken);
                await work.ServiceProvider.GetRequiredService<SubmitAssignment>()
                    .ExecuteAsync(registered.WorkerId, accepted.Id.Value, AnswerDocument.FromFormPost(answers(row, w)), cancellationToken);
                afterEachSubmit?.Invoke();
            }
        }

        return new ReviewableBatch(batch, hits, workerIds);
    }
}
