using Kempelen.Finance;
using Kempelen.Hits;
using Kempelen.Projects;

namespace Kempelen.RequesterApp;

/// <summary>
/// The project form's fields. Durations are typed in minutes and hours, which is how requesters think of them, with
/// decimals, so that a duration set in seconds elsewhere (the API, the command line) survives a save unchanged; the
/// terms they make are checked by the domain, whose parameter names <see cref="FieldOf"/> maps back to fields.
/// </summary>
public sealed class ProjectForm
{
    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Keywords { get; set; }

    public string Reward { get; set; } = "";

    public int AssignmentsPerHit { get; set; } = 1;

    public decimal AllottedMinutes { get; set; } = 60;

    public decimal LifetimeHours { get; set; } = 168;

    public decimal AutoApprovalHours { get; set; } = 72;

    public string Html { get; set; } = "";

    public List<RequirementRow> Requirements { get; set; } = [];

    /// <summary>Sample values for the preview, by placeholder name; never saved.</summary>
    public Dictionary<string, string> Sample { get; set; } = new(StringComparer.Ordinal);

    public static ProjectForm From(GalleryTemplate template) => new()
    {
        Title = template.Title,
        Description = template.Description,
        Keywords = template.Keywords,
        Reward = template.Reward.ToString(),
        AssignmentsPerHit = template.AssignmentsPerHit,
        AllottedMinutes = InUnits(template.AssignmentDurationInSeconds, 60),
        LifetimeHours = InUnits(template.LifetimeInSeconds, 3600),
        AutoApprovalHours = InUnits(template.AutoApprovalDelayInSeconds, 3600),
        Html = template.Html,
        Sample = new Dictionary<string, string>(template.SampleRow, StringComparer.Ordinal),
    };

    public static ProjectForm From(Project project) => new()
    {
        Title = project.Title,
        Description = project.Description,
        Keywords = project.Keywords,
        Reward = project.Reward.ToString(),
        AssignmentsPerHit = project.AssignmentsPerHit,
        AllottedMinutes = InUnits(project.AssignmentDurationInSeconds, 60),
        LifetimeHours = InUnits(project.LifetimeInSeconds, 3600),
        AutoApprovalHours = InUnits(project.AutoApprovalDelayInSeconds, 3600),
        Html = project.Html,
        Requirements = [.. project.Requirements.Select(RequirementRow.From)],
    };

    /// <summary>The placeholders of the HTML as typed, each with its sample value or an empty one.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SampleFields =>
        [.. ProjectTemplate.Placeholders(Html ?? "").Select(name => KeyValuePair.Create(name, Sample.GetValueOrDefault(name) ?? ""))];

    public ProjectTerms ToTerms()
    {
        var rows = Requirements.Where(r => !r.IsBlank).ToList();
        var requirements = rows.Select((row, index) => row.ToRequirement(index + 1)).ToList();
        return new ProjectTerms(
            HitTypeProperties.Create(
                (Title ?? "").Trim(),
                (Description ?? "").Trim(),
                string.IsNullOrWhiteSpace(Keywords) ? null : Keywords.Trim(),
                Money.Parse(Reward?.Trim(), "Reward"),
                Seconds(AllottedMinutes, 60),
                Seconds(AutoApprovalHours, 3600),
                requirements),
            AssignmentsPerHit,
            Seconds(LifetimeHours, 3600),
            Html ?? "",
            ProjectTerms.DefaultFrameHeight);
    }

    /// <summary>
    /// Four decimals are exact enough: rounded back to whole seconds they give the seconds they came from, even in
    /// hours (an error of at most 0.18 s).
    /// </summary>
    private static decimal InUnits(long seconds, long unit) => Math.Round((decimal)seconds / unit, 4);

    /// <summary>Whole seconds; a number too large to be seconds stays too large, for the domain's range check to refuse.</summary>
    private static long Seconds(decimal amount, long unit) =>
        amount > long.MaxValue / unit ? long.MaxValue
        : amount < long.MinValue / unit ? long.MinValue
        : (long)Math.Round(amount * unit, MidpointRounding.AwayFromZero);

    /// <summary>The form field a refusal is about, so the page shows it beside that field.</summary>
    public static string FieldOf(DomainException refusal) => refusal.Parameter switch
    {
        "Title" => "Form.Title",
        "Description" => "Form.Description",
        "Keywords" => "Form.Keywords",
        "Reward" => "Form.Reward",
        "AssignmentsPerHit" => "Form.AssignmentsPerHit",
        "AssignmentDurationInSeconds" => "Form.AllottedMinutes",
        "LifetimeInSeconds" => "Form.LifetimeHours",
        "AutoApprovalDelayInSeconds" => "Form.AutoApprovalHours",
        "Html" => "Form.Html",
        _ when refusal.Code is ErrorCode.QualificationTypeDoesNotExist or ErrorCode.InvalidQualificationTypeState => "Form.Requirements",
        "QualificationRequirements" => "Form.Requirements",
        _ => "",
    };
}
