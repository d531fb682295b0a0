using System.Net;
using System.Text;
using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Assignments;
using Kempelen.Batches;
using Kempelen.Finance;
using Kempelen.Projects;
using Kempelen.Qualifications;
using Kempelen.RequesterApp;
using Kempelen.Storage;
using Kempelen.TaskContent;
using Kempelen.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.RequesterApp;

/// <summary>A requester makes projects from the gallery, publishes CSV files as batches and follows and changes them, all in the web app.</summary>
public sealed class ProjectAndBatchPages
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(KempelenApp App, TestWebRequester Requester, WebSession Session)> SignedInAsync(string balance = "100.00", Database database = Database.Sqlite)
    {
        var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateWebRequesterAsync(balance);
        var session = new WebSession(app);
        await session.SignInAsync(requester.Email);
        return (app, requester, session);
    }

    private static List<(string Name, string Value)> FieldsOf(ProjectForm form)
    {
        List<(string, string)> fields =
        [
            ("Form.Title", form.Title),
            ("Form.Description", form.Description),
            ("Form.Keywords", form.Keywords ?? ""),
            ("Form.Reward", form.Reward),
            ("Form.AssignmentsPerHit", form.AssignmentsPerHit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.AllottedMinutes", form.AllottedMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.LifetimeHours", form.LifetimeHours.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.AutoApprovalHours", form.AutoApprovalHours.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.Html", form.Html),
        ];
        for (var i = 0; i < form.Requirements.Count; i++)
        {
            var row = form.Requirements[i];
            fields.Add(($"Form.Requirements[{i}].TypeId", row.TypeId ?? ""));
            fields.Add(($"Form.Requirements[{i}].Comparator", row.Comparator.ToString()));
            fields.Add(($"Form.Requirements[{i}].Values", row.Values ?? ""));
            fields.Add(($"Form.Requirements[{i}].Guards", row.Guards.ToString()));
        }

        return fields;
    }

    private static async Task<ProjectId> CreateProjectAsync(WebSession session, string template, Action<ProjectForm>? change = null)
    {
        var page = await session.GetAsync("/requester/projects/new?template=" + template);
        var form = ProjectForm.From(TemplateGallery.Find(template)!);
        change?.Invoke(form);
        var saved = await session.PostFormAsync("/requester/projects/new", FieldsOf(form), page);
        Assert.True(saved.Status == HttpStatusCode.Redirect, $"Creating from {template} answered {(int)saved.Status}:\n{saved.Html}");
        return ProjectId.From(saved.Location!.OriginalString.Split('/')[3]);
    }

    private static string CsvOf(IReadOnlyDictionary<string, string> row, int rows = 1)
    {
        static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var text = new StringBuilder(string.Join(",", row.Keys.Select(Quote))).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            text.Append(string.Join(",", row.Values.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    private static async Task<WebPage> QuoteAsync(WebSession session, ProjectId project, string csv, bool byteOrderMark = false)
    {
        var page = await session.GetAsync($"/requester/projects/{project}/publish");
        return await session.PostFileAsync($"/requester/projects/{project}/publish?handler=Quote", "File", "rows.csv", byteOrderMark ? "\uFEFF" + csv : csv, page);
    }

    private static async Task<(IReadOnlyList<JsonElement> Lines, BatchId Batch)> PublishStreamingAsync(WebSession session, ProjectId project, string csv)
    {
        var quote = await QuoteAsync(session, project, csv);
        var streamed = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Stream", [("Upload", UploadOf(quote))], quote);
        Assert.Equal(HttpStatusCode.OK, streamed.Status);
        Assert.StartsWith("application/x-ndjson", streamed.Response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var lines = streamed.Html.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (lines, BatchId.From(lines[^1].GetProperty("batchId").GetString()!));
    }

    /// <summary>The file as the quote page's publish form carries it.</summary>
    private static string UploadOf(WebPage quote) =>
        System.Text.RegularExpressions.Regex.Match(quote.Html, "name=\"Upload\" value=\"([^\"]*)\"").Groups[1].Value;

    private static async Task<List<string>> HitsOfAsync(KempelenApp app, BatchId batch)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KempelenDb>().BatchRows.AsNoTracking()
            .Where(r => r.BatchId == batch).OrderBy(r => r.RowNumber).Select(r => r.HitId.Value).ToListAsync(Cancel);
    }

    private static async Task<RequesterBalance> BalanceAsync(KempelenApp app, RequesterId requester)
    {
        await using var scope = app.Scope();
        return await RequesterBalance.ReadAsync(scope.ServiceProvider.GetRequiredService<KempelenDb>(), requester, Cancel);
    }

    private static async Task SubmitAsync(KempelenApp app, TestWorker worker, string assignment)
    {
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<SubmitAssignment>().ExecuteAsync(worker.Id, assignment, AnswerDocument.FromFormPost([("label", "cat")]), Cancel);
    }

    private static string Value(WebPage page, string testId) =>
        System.Text.RegularExpressions.Regex.Match(page.Html, $"data-testid=\"{testId}\">([^<]*)<").Groups[1].Value;

    [Fact]
    public async Task The_gallery_offers_seven_templates_written_for_Kempelen()
    {
        var (app, _, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;

        var gallery = await session.GetAsync("/requester/projects/new");

        Assert.Equal(HttpStatusCode.OK, gallery.Status);
        Assert.Equal(7, TemplateGallery.All.Count);
        Assert.All(TemplateGallery.All, t => Assert.Contains($"href=\"/requester/projects/new?template={t.Key}\"", gallery.Html, StringComparison.Ordinal));
        Assert.All(TemplateGallery.All, t => Assert.DoesNotContain("mturk", t.Html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Each_template_makes_a_project_whose_sample_row_publishes_as_a_valid_hit()
    {
        var (app, requester, session) = await SignedInAsync("1000.00");
        await using var _ = app;
        using var __ = session;

        foreach (var template in TemplateGallery.All)
        {
            var form = await session.GetAsync("/requester/projects/new?template=" + template.Key);
            var project = await CreateProjectAsync(session, template.Key);
            var quote = await QuoteAsync(session, project, CsvOf(template.SampleRow));

            Assert.Contains("sandbox=\"allow-scripts allow-forms\"", form.Html, StringComparison.Ordinal);
            Assert.Contains("form-action 'self' http://task.localhost", form.Header("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.All(template.SampleRow.Keys, name => Assert.Contains($"name=\"Form.Sample[{name}]\"", form.Html, StringComparison.Ordinal));
            Assert.True(Value(quote, "hit-count") == "1", $"{template.Key}: {quote.Html}");
            Assert.Equal(template.Html, (await FindProjectAsync(app, requester.Id, project)).Html);
        }
    }

    private static async Task<Project> FindProjectAsync(KempelenApp app, RequesterId requester, ProjectId project)
    {
        await using var scope = app.Scope();
        return await SaveProject.FindAsync(scope.ServiceProvider.GetRequiredService<KempelenDb>(), requester, project, Cancel);
    }

    [Fact]
    public async Task The_preview_renders_the_draft_with_sample_values_on_the_task_origin_only_for_a_draft_token()
    {
        var (app, _, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var form = await session.GetAsync("/requester/projects/new?template=sentiment");
        var action = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form.Html, "formaction=\"(http://task\\.localhost/s/[^\"]+)\"").Groups[1].Value);

        var preview = await session.PostFormAsync(action, [("Form.Html", "<p>${text}</p><p>${unset}</p>"), ("Form.Sample[text]", "Lovely <b>day</b>")]);
        var onApp = await session.PostFormAsync(action.Replace("http://task.localhost", "", StringComparison.Ordinal), [("Form.Html", "<p>x</p>")]);
        var forged = await session.PostFormAsync("http://task.localhost/s/not-a-token/draft", [("Form.Html", "<p>x</p>")]);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("<p>Lovely &lt;b&gt;day&lt;/b&gt;</p><p>${unset}</p>", preview.Html, StringComparison.Ordinal);
        Assert.StartsWith("sandbox allow-scripts allow-forms; frame-ancestors http://localhost", preview.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onApp.Status);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task Editing_a_project_changes_its_terms_and_refusals_show_beside_their_fields()
    {
        var (app, requester, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "image-classification");
        var editPage = await session.GetAsync($"/requester/projects/{project}/edit");
        var form = ProjectForm.From(await FindProjectAsync(app, requester.Id, project));

        form.Reward = "lots";
        var refused = await session.PostFormAsync($"/requester/projects/{project}/edit", FieldsOf(form), editPage);
        var blank = await session.PostFormAsync($"/requester/projects/{project}/edit", [.. FieldsOf(form).Where(f => f.Name != "Form.Title"), ("Form.Title", "")], editPage);
        form.Reward = "0.07";
        form.Title = "Sort the photos";
        var saved = await session.PostFormAsync($"/requester/projects/{project}/edit", FieldsOf(form), editPage);
        var list = await session.GetAsync("/requester/projects");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Matches("data-valmsg-for=\"Form.Reward\"[^>]*>Reward must be an amount like 0.05", refused.Html);
        Assert.Equal(HttpStatusCode.OK, blank.Status);
        Assert.Matches("data-valmsg-for=\"Form.Title\"[^>]*>[^<]*Title", blank.Html);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Sort the photos", list.Html, StringComparison.Ordinal);
        Assert.Contains("$0.07", list.Html, StringComparison.Ordinal);
        Assert.Equal(1, (await FindProjectAsync(app, requester.Id, project)).Version);
    }

    [Fact]
    public async Task Saving_the_form_as_shown_keeps_durations_set_in_seconds_and_a_requirement_on_another_requesters_type()
    {
        var (app, requester, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "image-classification");
        var othersType = await (await app.NewRequesterClientAsync()).CreateQualificationTypeAsync(QualificationTypeRequests.Create("Someone else's"));
        var before = await FindProjectAsync(app, requester.Id, project);
        await using (var scope = app.Scope())
        {
            // As the command line or the API can set them: durations that are no whole number of minutes or hours.
            var requirement = Requirement.Create(1, othersType, Comparator.Exists, null, null, null, GuardedActions.Accept);
            await scope.ServiceProvider.GetRequiredService<SaveProject>().UpdateAsync(
                requester.Id,
                project,
                new ProjectTerms(before.TypeProperties with { AssignmentDurationInSeconds = 90, AutoApprovalDelayInSeconds = 5400, Requirements = [requirement] }, before.AssignmentsPerHit, 100_000, before.Html, ProjectTerms.DefaultFrameHeight),
                Cancel);
        }

        var editPage = await session.GetAsync($"/requester/projects/{project}/edit");
        string Shown(string field) => System.Text.RegularExpressions.Regex.Match(editPage.Html, $"name=\"{System.Text.RegularExpressions.Regex.Escape(field)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{System.Text.RegularExpressions.Regex.Escape(field)}\"") is { Success: true } m ? m.Groups[1].Value + m.Groups[2].Value : "";
        var typeSelect = System.Text.RegularExpressions.Regex.Match(editPage.Html, "name=\"Form.Requirements\\[0\\].TypeId\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var selectedType = System.Text.RegularExpressions.Regex.Match(typeSelect, "<option (?=[^>]*selected)[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var form = ProjectForm.From(before);
        form.Title = "Renamed";
        form.AllottedMinutes = decimal.Parse(Shown("Form.AllottedMinutes"), System.Globalization.CultureInfo.InvariantCulture);
        form.LifetimeHours = decimal.Parse(Shown("Form.LifetimeHours"), System.Globalization.CultureInfo.InvariantCulture);
        form.AutoApprovalHours = decimal.Parse(Shown("Form.AutoApprovalHours"), System.Globalization.CultureInfo.InvariantCulture);
        form.Requirements = [new RequirementRow { TypeId = selectedType, Comparator = Comparator.Exists, Guards = GuardedActions.Accept }];
        var saved = await session.PostFormAsync($"/requester/projects/{project}/edit", FieldsOf(form), editPage);

        Assert.True(saved.Status == HttpStatusCode.Redirect, string.Join("\n", System.Text.RegularExpressions.Regex.Matches(saved.Html, "class=\"[^\"]*(error|alert)[^\"]*\"[^>]*>([^<]+)<").Select(m => m.Groups[2].Value)));
        var after = await FindProjectAsync(app, requester.Id, project);
        Assert.Equal(("Renamed", 90L, 5400L, 100_000L), (after.Title, after.AssignmentDurationInSeconds, after.AutoApprovalDelayInSeconds, after.LifetimeInSeconds));
        Assert.Equal(othersType, Assert.Single(after.Requirements).QualificationTypeId);
    }

    [Fact]
    public async Task Requirements_set_in_the_form_are_saved_and_keep_unqualified_workers_from_the_published_hits()
    {
        var (app, requester, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment", form => form.Requirements =
        [
            new RequirementRow { TypeId = SystemQualificationTypes.NumberHitsApproved, Comparator = Comparator.GreaterThanOrEqualTo, Values = "1000", Guards = GuardedActions.Accept },
        ]);
        var (_, batch) = await PublishStreamingAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow));
        var worker = await app.NewWorkerClientAsync();

        var (status, body) = await worker.PostAsync($"/hits/{(await HitsOfAsync(app, batch))[0]}/accept");

        var saved = Assert.Single((await FindProjectAsync(app, requester.Id, project)).Requirements);
        Assert.Equal((SystemQualificationTypes.NumberHitsApproved, Comparator.GreaterThanOrEqualTo, 1000), (saved.QualificationTypeId, saved.Comparator, saved.IntegerValues[0]));
        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Contains("qualif", body.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Requirement_rows_are_added_and_removed_without_saving_anything()
    {
        var (app, _, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var page = await session.GetAsync("/requester/projects/new?template=sentiment");
        var form = ProjectForm.From(TemplateGallery.Find("sentiment")!);
        form.Requirements = [new RequirementRow { TypeId = SystemQualificationTypes.Locale, Comparator = Comparator.In, Values = "US, CA-ON" }];

        var added = await session.PostFormAsync("/requester/projects/new?handler=AddRequirement", FieldsOf(form), page);
        var removed = await session.PostFormAsync("/requester/projects/new?handler=RemoveRequirement", [.. FieldsOf(form), ("index", "0")], page);

        Assert.Contains("name=\"Form.Requirements[1].TypeId\"", added.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"US, CA-ON\"", added.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"US, CA-ON\"", removed.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Requirements[0].TypeId\"", removed.Html, StringComparison.Ordinal);
        await using var scope = app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KempelenDb>().Projects.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_file_with_problems_lists_them_by_line_and_creates_nothing()
    {
        var (app, _, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");

        var quote = await QuoteAsync(session, project, "text,extra\n\"fine\",1\nbroken\n\"never closed,2\n", byteOrderMark: true);
        var streamed = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Stream", [("Upload", Convert.ToBase64String("wrong\nx\n"u8.ToArray()))], quote);

        Assert.Equal(HttpStatusCode.OK, quote.Status);
        Assert.Contains("Line 3: 1 fields, but the header names 2 columns.", quote.Html, StringComparison.Ordinal);
        Assert.Contains("Line 4: a quoted field is never closed.", quote.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"publish-form\"", quote.Html, StringComparison.Ordinal);
        Assert.Contains("\"problems\":[\"Line 1: the project", streamed.Html, StringComparison.Ordinal);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        Assert.Equal((0, 0), (await db.Hits.CountAsync(Cancel), await db.Batches.CountAsync(Cancel)));
    }

    [Fact]
    public async Task The_quote_is_exactly_what_publishing_holds_in_escrow_and_the_stream_reports_progress_then_the_batch()
    {
        var (app, requester, session) = await SignedInAsync("1000.00");
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "image-classification");
        var csv = CsvOf(TemplateGallery.Find("image-classification")!.SampleRow, rows: 4_500);

        var quote = await QuoteAsync(session, project, csv, byteOrderMark: true);
        var (lines, batch) = await PublishStreamingAsync(session, project, csv);
        var batchPage = await session.GetAsync($"/requester/batches/{batch}");
        var list = await session.GetAsync("/requester/batches");

        // 4,500 HITs × 3 assignments × ($0.05 reward + $0.01 fee).
        Assert.Equal(("4500", "$810.00"), (Value(quote, "hit-count"), Value(quote, "total")));
        Assert.Contains("Publish 4500 HITs for $810.00", quote.Html, StringComparison.Ordinal);
        Assert.Equal("810.00", (await BalanceAsync(app, requester.Id)).OnHold.ToString());
        Assert.Equal([2000, 4000, 4500], lines.SkipLast(1).Select(l => l.GetProperty("done").GetInt32()));
        Assert.Contains("id=\"publish-progress\" max=\"4500\"", quote.Html, StringComparison.Ordinal);
        Assert.Equal($"/requester/batches/{batch}", lines[^1].GetProperty("url").GetString());
        Assert.Equal(("4500", "13500"), (Value(batchPage, "hits"), Value(batchPage, "available")));
        Assert.Contains($"/requester/batches/{batch}/review", batchPage.Html, StringComparison.Ordinal);
        Assert.Contains($"/requester/batches/{batch}/results.csv", batchPage.Html, StringComparison.Ordinal);
        Assert.Contains($"/requester/batches/{batch}/review-upload", batchPage.Html, StringComparison.Ordinal);
        Assert.Contains("0 of 13500", list.Html, StringComparison.Ordinal);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_batch_beyond_the_balance_is_quoted_as_unaffordable_and_offers_no_publish_button()
    {
        var (app, _, session) = await SignedInAsync("0.10");
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");

        var quote = await QuoteAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 2));

        Assert.Equal("$0.24", Value(quote, "total"));
        Assert.Contains("data-testid=\"unaffordable\"", quote.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"publish-form\"", quote.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_beyond_the_balance_or_a_broken_upload_streams_the_refusal_and_no_progress()
    {
        var (app, _, session) = await SignedInAsync("0.10");
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");
        var quote = await QuoteAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 2));
        var upload = Convert.ToBase64String(Encoding.UTF8.GetBytes(CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 2)));

        var poor = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Stream", [("Upload", upload)], quote);
        var broken = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Stream", [("Upload", "not base64!")], quote);

        var poorLines = poor.Html.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var brokenLines = broken.Html.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Publishing 2 HITs costs 0.24 including fees; the available balance is 0.10.", Assert.Single(poorLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("problems")[0].GetString())));
        Assert.Contains("did not arrive whole", Assert.Single(brokenLines), StringComparison.Ordinal);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        Assert.Equal((0, 0), (await db.Hits.CountAsync(Cancel), await db.Batches.CountAsync(Cancel)));
    }

    [Fact]
    public async Task Another_requesters_projects_and_batches_are_not_found()
    {
        var (app, _, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");
        var (_, batch) = await PublishStreamingAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow));
        var stranger = await app.CreateWebRequesterAsync();
        using var other = new WebSession(app);
        await other.SignInAsync(stranger.Email);
        var ownBatches = await other.GetAsync("/requester/batches");

        var cancel = await other.PostFormAsync($"/requester/batches/{batch}?handler=Cancel", [], ownBatches);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/requester/projects/{project}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/requester/projects/{project}/publish")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/requester/batches/{batch}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, cancel.Status);
        Assert.DoesNotContain(batch.Value, ownBatches.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Is this text positive", (await other.GetAsync("/requester/projects")).Html, StringComparison.Ordinal);
        Assert.Equal("1", Value(await session.GetAsync($"/requester/batches/{batch}"), "open-hits"));
    }

    [Fact]
    public async Task A_publish_form_sent_twice_publishes_once_and_both_answers_name_that_batch()
    {
        var (app, requester, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");
        var quote = await QuoteAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 3));
        (string, string)[] form = [("Upload", UploadOf(quote)), ("PublishToken", System.Text.RegularExpressions.Regex.Match(quote.Html, "name=\"PublishToken\" value=\"([0-9a-f]{32})\"").Groups[1].Value)];

        var first = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Publish", form, quote);
        var again = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Publish", form, quote);
        var streamed = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Stream", form, quote);
        var balance = await BalanceAsync(app, requester.Id);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(first.Location, again.Location);
        Assert.EndsWith(first.Location!.OriginalString, JsonDocument.Parse(streamed.Html.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        Assert.Equal((1, 3), (await db.Batches.CountAsync(Cancel), await db.Hits.CountAsync(Cancel)));
        Assert.Equal((await db.Hits.Select(h => h.Escrow).ToListAsync(Cancel)).Aggregate(Money.Zero, (sum, held) => sum + held), balance.OnHold);
        Assert.Equal(Money.Parse("100.00", "balance"), balance.Available + balance.OnHold);
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_publish_form_sent_again_after_its_money_moved_answers_the_batch_instead_of_refusing_for_funds()
    {
        var (app, requester, session) = await SignedInAsync("0.50");
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");
        var quote = await QuoteAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 3));
        (string, string)[] form = [("Upload", UploadOf(quote)), ("PublishToken", System.Text.RegularExpressions.Regex.Match(quote.Html, "name=\"PublishToken\" value=\"([0-9a-f]{32})\"").Groups[1].Value)];

        var first = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Publish", form, quote);
        var again = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Publish", form, quote);
        var streamed = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Stream", form, quote);
        var balance = await BalanceAsync(app, requester.Id);

        Assert.Equal("$0.36", Value(quote, "total"));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.Status, again.Status));
        Assert.Equal(first.Location, again.Location);
        Assert.EndsWith(first.Location!.OriginalString, JsonDocument.Parse(Assert.Single(streamed.Html.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(("0.14", "0.36"), (balance.Available.ToString(), balance.OnHold.ToString()));
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Without_script_publishing_redirects_to_the_batch_when_done()
    {
        var (app, _, session) = await SignedInAsync();
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment");
        var csv = CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 3);
        var quote = await QuoteAsync(session, project, csv);

        var published = await session.PostFormAsync($"/requester/projects/{project}/publish?handler=Publish", [("Upload", UploadOf(quote))], quote);
        var batchPage = await session.GetAsync(published.Location!.OriginalString);

        var edit = await session.GetAsync($"/requester/projects/{project}/edit");

        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal("3", Value(batchPage, "hits"));
        Assert.Contains("name=\"Form.Sample[text]\" value=\"The delivery was late, but the support team sorted it out within an hour.\"", edit.Html, StringComparison.Ordinal);
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_batch_page_counts_assignments_by_state_and_works_out_average_time_and_hourly_rate(Database database)
    {
        var (app, requester, session) = await SignedInAsync(database: database);
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment", form => (form.Reward, form.AssignmentsPerHit, form.AllottedMinutes) = ("0.50", 2, 60));
        var (_, batch) = await PublishStreamingAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 2));
        var hits = await HitsOfAsync(app, batch);
        var (ada, bo) = (await app.NewWorkerClientAsync(), await app.NewWorkerClientAsync());

        var first = await ada.AcceptAsync(hits[0]);
        app.AdvanceTime(TimeSpan.FromMinutes(10));
        await SubmitAsync(app, ada.Worker, first);
        var second = await bo.AcceptAsync(hits[0]);
        app.AdvanceTime(TimeSpan.FromMinutes(20));
        await SubmitAsync(app, bo.Worker, second);
        await ada.AcceptAsync(hits[1]);
        var third = await bo.AcceptAsync(hits[1]);
        app.AdvanceTime(TimeSpan.FromMinutes(15));
        await SubmitAsync(app, bo.Worker, third);
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ApproveAssignment>().ExecuteAsync(requester.Id, first, null, false, Cancel);
            await scope.ServiceProvider.GetRequiredService<RejectAssignment>().ExecuteAsync(requester.Id, second, "Not what was asked.", Cancel);
        }

        var page = await session.GetAsync($"/requester/batches/{batch}");

        Assert.Equal(
            ("2", "0", "1", "1", "1", "1"),
            (Value(page, "hits"), Value(page, "available"), Value(page, "accepted"), Value(page, "submitted"), Value(page, "approved"), Value(page, "rejected")));
        Assert.Equal("15 min 0 s", Value(page, "average-work-time"));
        Assert.Equal("$2.00/h", Value(page, "hourly-rate"));
        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cancelling_a_batch_expires_its_hits_releases_unfilled_escrow_and_delists_them(Database database)
    {
        var (app, requester, session) = await SignedInAsync("10.00", database);
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment", form => (form.Reward, form.AssignmentsPerHit) = ("0.10", 2));
        var (_, batch) = await PublishStreamingAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 3));
        var worker = await app.NewWorkerClientAsync();
        await worker.AcceptAsync((await HitsOfAsync(app, batch))[0]);
        var page = await session.GetAsync($"/requester/batches/{batch}");

        var cancelled = await session.PostFormAsync($"/requester/batches/{batch}?handler=Cancel", [], page);
        var after = await session.GetAsync($"/requester/batches/{batch}");

        // Six slots at $0.12 were held; the one a worker holds stays in escrow.
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(("0.12", "9.88"), ((await BalanceAsync(app, requester.Id)).OnHold.ToString(), (await BalanceAsync(app, requester.Id)).Available.ToString()));
        Assert.Equal(("0", "0", "1"), (Value(after, "open-hits"), Value(after, "available"), Value(after, "accepted")));
        Assert.DoesNotContain("id=\"cancel-batch\"", after.Html, StringComparison.Ordinal);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            Assert.Equal(0, await db.HitGroupListings.AsNoTracking().SumAsync(l => l.ListedHits, Cancel));
            Assert.Single(await db.LedgerEntries.AsNoTracking().Where(e => e.Kind == TransferKind.EscrowRelease).Select(e => e.TransferId).Distinct().ToListAsync(Cancel));
        }

        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Adding_assignments_to_a_batch_holds_their_escrow_in_one_transfer(Database database)
    {
        var (app, requester, session) = await SignedInAsync("10.00", database);
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment", form => (form.Reward, form.AssignmentsPerHit) = ("0.10", 1));
        var (_, batch) = await PublishStreamingAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 2));
        var page = await session.GetAsync($"/requester/batches/{batch}");

        var added = await session.PostFormAsync($"/requester/batches/{batch}?handler=AddAssignments", [("count", "2")], page);
        var tooMany = await session.PostFormAsync($"/requester/batches/{batch}?handler=AddAssignments", [("count", "100")], page);
        var after = await session.GetAsync($"/requester/batches/{batch}");

        // Two HITs × one slot at $0.12, then two more slots each.
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal(HttpStatusCode.OK, tooMany.Status);
        Assert.Contains("cannot be extended to 10 or more", tooMany.Html, StringComparison.Ordinal);
        Assert.Equal(("0.72", "9.28"), ((await BalanceAsync(app, requester.Id)).OnHold.ToString(), (await BalanceAsync(app, requester.Id)).Available.ToString()));
        Assert.Equal("6", Value(after, "available"));
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
            Assert.Equal(2, await db.LedgerEntries.AsNoTracking().Where(e => e.Kind == TransferKind.EscrowHold).Select(e => e.TransferId).Distinct().CountAsync(Cancel));
        }

        await app.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_add_assignments_form_sent_twice_adds_and_holds_once(Database database)
    {
        var (app, requester, session) = await SignedInAsync("10.00", database);
        await using var _ = app;
        using var __ = session;
        var project = await CreateProjectAsync(session, "sentiment", form => (form.Reward, form.AssignmentsPerHit) = ("0.10", 1));
        var (_, batch) = await PublishStreamingAsync(session, project, CsvOf(TemplateGallery.Find("sentiment")!.SampleRow, rows: 2));
        var page = await session.GetAsync($"/requester/batches/{batch}");
        (string, string)[] form = [("count", "2"), ("addToken", System.Text.RegularExpressions.Regex.Match(page.Html, "name=\"addToken\" value=\"([0-9a-f]{32})\"").Groups[1].Value)];

        var first = await session.PostFormAsync($"/requester/batches/{batch}?handler=AddAssignments", form, page);
        var again = await session.PostFormAsync($"/requester/batches/{batch}?handler=AddAssignments", form, page);
        var after = await session.GetAsync($"/requester/batches/{batch}");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.Status, again.Status));
        Assert.Contains("nothing more was added or held", after.Html, StringComparison.Ordinal);
        Assert.Equal("6", Value(after, "available"));
        Assert.Equal("0.72", (await BalanceAsync(app, requester.Id)).OnHold.ToString());
        await app.AssertInvariantsAsync();
    }
}
