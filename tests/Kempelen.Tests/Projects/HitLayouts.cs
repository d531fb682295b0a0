using Microsoft.Extensions.DependencyInjection;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Projects;
using Kempelen.Tests.Infrastructure;

namespace Kempelen.Tests.Projects;

/// <summary>A project's id works as a HITLayoutId: CreateHIT fills its placeholders from HITLayoutParameters.</summary>
public sealed class HitLayouts
{
    private const string Task = """<p>Is <img src="${image_url}" alt="${caption}"> a cat?</p><input type="radio" name="cat" value="yes"> Yes""";

    private static async Task<string> CreateProjectAsync(IServiceProvider services, TestRequester requester, string html = Task)
    {
        var terms = new ProjectTerms(
            HitTypeProperties.Create("Cat or not", "Look at one photo", "cats,photos", new Money(12), 300, null, []),
            AssignmentsPerHit: 2,
            LifetimeInSeconds: 3600,
            html,
            ProjectTerms.DefaultFrameHeight);
        var project = await services.GetRequiredService<SaveProject>().CreateAsync(requester.Id, terms, TestContext.Current.CancellationToken);
        return project.Id.Value;
    }

    private static Dictionary<string, object?> LayoutHit(string layoutId, params (string Name, string Value)[] parameters) =>
        HitRequests.CreateHit()
            .With("Question", null)
            .With("HITLayoutId", layoutId)
            .With("HITLayoutParameters", parameters.Select(p => new { p.Name, p.Value }).ToList());

    [Fact]
    public async Task Boto3_creates_a_hit_from_a_layout_with_its_parameters_html_escaped()
    {
        await using var app = await ServedKempelen.StartAsync();
        var requester = await app.NewRequesterClientAsync();
        string layoutId;
        await using (var scope = app.Scope())
        {
            layoutId = await CreateProjectAsync(scope.ServiceProvider, requester.Requester);
        }

        var printed = await Boto3.RunAsync(app.Endpoint, requester.Requester, $$"""
            hit = mturk.create_hit(Title="Cat or not", Description="Look at one photo", Reward="0.12", MaxAssignments=2,
                                   LifetimeInSeconds=3600, AssignmentDurationInSeconds=300, HITLayoutId="{{layoutId}}",
                                   HITLayoutParameters=[{"Name": "image_url", "Value": "https://example.org/cat.jpg?a=1&b=2"},
                                                        {"Name": "caption", "Value": "\"><script>alert(1)</script>"}])["HIT"]
            fetched = mturk.get_hit(HITId=hit["HITId"])["HIT"]
            assert fetched["HITLayoutId"] == "{{layoutId}}", fetched
            print(fetched["Question"])
            """);

        Assert.Contains("src=\"https://example.org/cat.jpg?a=1&amp;b=2\"", printed, StringComparison.Ordinal);
        Assert.Contains("alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", printed, StringComparison.Ordinal);
        Assert.Contains("action=\"https://www.mturk.com/mturk/externalSubmit\"", printed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_missing_or_unknown_parameter_or_another_requesters_layout_is_refused_and_nothing_is_created(Database database)
    {
        await using var app = await KempelenApp.StartAsync(database);
        var requester = await app.CreateRequesterAsync();
        var other = await app.CreateRequesterAsync(name: "Other Lab");
        var client = app.ClientFor(requester);
        string layoutId, othersLayout;
        await using (var scope = app.Scope())
        {
            layoutId = await CreateProjectAsync(scope.ServiceProvider, requester);
            othersLayout = await CreateProjectAsync(scope.ServiceProvider, other);
        }

        var missing = await client.CallAsync("CreateHIT", LayoutHit(layoutId, ("image_url", "https://example.org/1.jpg")));
        var unknown = await client.CallAsync("CreateHIT", LayoutHit(layoutId, ("image_url", "u"), ("caption", "c"), ("captoin", "typo")));
        var foreign = await client.CallAsync("CreateHIT", LayoutHit(othersLayout, ("image_url", "u"), ("caption", "c")));
        var both = await client.CallAsync("CreateHIT", LayoutHit(layoutId, ("image_url", "u"), ("caption", "c")).With("Question", Questions.Html));

        Assert.Contains("${caption}", missing.EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue").Message, StringComparison.Ordinal);
        Assert.Contains("${captoin}", unknown.EnsureError("ParameterValidationError", "AWS.MechanicalTurk.InvalidParameterValue").Message, StringComparison.Ordinal);
        Assert.Contains(othersLayout, foreign.EnsureError("RequestError", "AWS.MechanicalTurk.HITLayoutDoesNotExist").Message, StringComparison.Ordinal);
        Assert.Contains("not both", both.EnsureError("RequestError", "AWS.MechanicalTurk.InvalidParameterValue").Message, StringComparison.Ordinal);
        Assert.Equal(0, (await client.CallAsync("ListHITs", new { })).EnsureOk()["NumResults"].GetInt32());
        await app.AssertInvariantsAsync();
    }

    [Fact]
    public void Placeholders_are_listed_once_in_order_of_first_use()
    {
        Assert.Equal(["image_url", "caption"], ProjectTemplate.Placeholders(Task + "${image_url}"));
        Assert.Empty(ProjectTemplate.Placeholders("<p>$5 or ${} or ${ leading space}</p>"));
    }

    [Fact]
    public void A_template_with_its_own_form_is_kept_as_written_and_cdata_ends_survive()
    {
        var question = ProjectTemplate.ToHtmlQuestion("<!DOCTYPE html><html><body><form action=\"x\"><p>a ]]> b</p></form></body></html>", 600);

        Assert.DoesNotContain("mturk_form", question, StringComparison.Ordinal);
        Assert.Equal(Kempelen.TaskContent.QuestionKind.HtmlQuestion, Kempelen.TaskContent.QuestionDocument.Validate(question));
        Assert.Contains("<FrameHeight>600</FrameHeight>", question, StringComparison.Ordinal);
    }
}
