using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Qualifications;

namespace Kempelen.Projects;

/// <summary>
/// A requester's reusable task: the HIT type's properties, assignments per HIT, lifetime, and task HTML with
/// <c>${name}</c> placeholders. Batches publish one HIT per CSV row from it, and its ID works as a HITLayoutId.
/// </summary>
public sealed class Project
{
    private Project()
    {
        Title = Description = Html = string.Empty;
        Requirements = [];
    }

    public ProjectId Id { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public string? Keywords { get; private set; }

    public Money Reward { get; private set; }

    public int AssignmentsPerHit { get; private set; }

    public long AssignmentDurationInSeconds { get; private set; }

    public long LifetimeInSeconds { get; private set; }

    public long AutoApprovalDelayInSeconds { get; private set; }

    public IReadOnlyList<Requirement> Requirements { get; private set; }

    public string Html { get; private set; }

    /// <summary>The task frame's height in pixels; 0 lets the worker app size it.</summary>
    public int FrameHeight { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> Placeholders => ProjectTemplate.Placeholders(Html);

    public HitTypeProperties TypeProperties =>
        new(Title, Description, Keywords, Reward, AssignmentDurationInSeconds, AutoApprovalDelayInSeconds, Requirements);

    public static Project Create(RequesterId requester, ProjectTerms terms, DateTime now)
    {
        var project = new Project { Id = ProjectId.New(), RequesterId = requester, CreatedAt = now };
        project.Apply(terms, now);
        return project;
    }

    /// <summary>New terms apply to HITs published from now on; HITs already out keep theirs.</summary>
    public void Update(ProjectTerms terms, DateTime now)
    {
        Apply(terms, now);
        Version++;
    }

    /// <summary>The HTMLQuestion for one set of placeholder values (a CSV row, or HITLayoutParameters).</summary>
    public string QuestionFor(IReadOnlyDictionary<string, string> values, string parameter) =>
        ProjectTemplate.ToHtmlQuestion(ProjectTemplate.Fill(Html, values, parameter), FrameHeight);

    /// <summary>The HTMLQuestion of each row of a table with these columns, the template prepared once for them all.</summary>
    public Func<IReadOnlyList<string>, string> QuestionsFor(IReadOnlyList<string> columns, string parameter)
    {
        var fill = ProjectTemplate.FillerFor(Html, columns, parameter);
        var frameHeight = FrameHeight;
        return values => ProjectTemplate.ToHtmlQuestion(fill(values), frameHeight);
    }

    /// <summary>A bound on the length of each question <see cref="QuestionsFor"/> makes, found without making it.</summary>
    public Func<IReadOnlyList<string>, long> QuestionLengthBoundsFor(IReadOnlyList<string> columns, string parameter) =>
        ProjectTemplate.QuestionLengthBoundFor(Html, columns, FrameHeight, parameter);

    private void Apply(ProjectTerms terms, DateTime now)
    {
        terms.Validate();
        Title = terms.Type.Title;
        Description = terms.Type.Description;
        Keywords = terms.Type.Keywords;
        Reward = terms.Type.Reward;
        AssignmentDurationInSeconds = terms.Type.AssignmentDurationInSeconds;
        AutoApprovalDelayInSeconds = terms.Type.AutoApprovalDelayInSeconds;
        Requirements = terms.Type.Requirements;
        AssignmentsPerHit = terms.AssignmentsPerHit;
        LifetimeInSeconds = terms.LifetimeInSeconds;
        Html = terms.Html;
        FrameHeight = terms.FrameHeight;
        UpdatedAt = now;
    }
}
