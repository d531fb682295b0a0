using System.Net;
using System.Text.RegularExpressions;
using Kempelen.Finance;
using Kempelen.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.RequesterApp;

/// <summary>/requester/ledger: balances and every entry of the requester's two accounts, newest first, in pages.</summary>
public sealed partial class LedgerPage
{
    [GeneratedRegex("""<td>Deposit</td>\s*<td>Available</td>\s*<td class="number credit">\+\$([0-9.]+)</td>""")]
    private static partial Regex DepositRow();

    [GeneratedRegex("""Moved to escrow for a HIT</td>\s*<td>Available</td>\s*<td class="number debit">−\$0\.60</td>""")]
    private static partial Regex MovedToEscrowRow();

    [GeneratedRegex("""Held in escrow for a HIT</td>\s*<td>Escrow</td>\s*<td class="number credit">\+\$0\.60</td>""")]
    private static partial Regex HeldInEscrowRow();

    [GeneratedRegex("""<a href="([^"]*)" rel="next">Older</a>""")]
    private static partial Regex OlderLink();

    [Fact]
    public async Task The_ledger_shows_holds_signed_for_each_account_and_pages_through_entries_of_the_same_instant()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (requester, session, api) = await app.SignedInRequesterAsync("10.00");
        using var _ = session;
        await using (var scope = app.Scope())
        {
            // The fake clock stands still: all sixty deposits share one instant, so only the entry ID orders them.
            var addFunds = scope.ServiceProvider.GetRequiredService<AddFunds>();
            for (var cents = 1; cents <= 60; cents++)
            {
                await addFunds.ExecuteAsync(requester.Id, new Money(cents), TestContext.Current.CancellationToken);
            }
        }

        app.AdvanceTime(TimeSpan.FromMinutes(1));
        (await api.CallAsync("CreateHIT", HitRequests.CreateHit(reward: "0.50", maxAssignments: 1))).EnsureOk();

        var first = await session.GetAsync("/requester/ledger");
        first.AssertOk();
        Assert.Equal("$27.70", first.Text("available"));
        Assert.Equal("$0.60", first.Text("on-hold"));
        var rows = Regex.Count(first.Html, "<tr>\\s*<td>2026");
        Assert.Equal(global::Kempelen.RequesterApp.RequesterLedger.PageSize, rows);
        var text = WebUtility.HtmlDecode(first.Html);
        var moved = MovedToEscrowRow().Match(text);
        var held = HeldInEscrowRow().Match(text);
        Assert.True(moved.Success && held.Success, first.Html);
        Assert.True(moved.Index < DepositRow().Match(text).Index && held.Index < DepositRow().Match(text).Index, "The HIT's hold is the newest entry.");

        var older = await session.GetAsync(WebUtility.HtmlDecode(OlderLink().Match(first.Html).Groups[1].Value));
        older.AssertOk();
        Assert.DoesNotMatch(OlderLink(), older.Html);
        var deposits = DepositRow().Matches(text).Concat(DepositRow().Matches(WebUtility.HtmlDecode(older.Html))).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(61, deposits.Count);
        Assert.Equal(61, deposits.Distinct().Count());
        Assert.Contains("10.00", deposits);
        Assert.Equal(global::Kempelen.RequesterApp.RequesterLedger.PageSize + 13, rows + Regex.Count(older.Html, "<tr>\\s*<td>2026"));
    }

    [Fact]
    public async Task A_requester_sees_only_their_own_entries_and_a_bad_position_shows_the_first_page()
    {
        await using var app = await KempelenApp.StartAsync(Database.Sqlite);
        var (_, session, _) = await app.SignedInRequesterAsync("5.00");
        using var _ = session;
        await app.NewRequesterClientAsync("77.00");

        var page = await session.GetAsync("/requester/ledger?before=yesterday&after=nothing");

        page.AssertOk();
        Assert.Contains("+$5.00", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("77.00", page.Html, StringComparison.Ordinal);
    }
}
