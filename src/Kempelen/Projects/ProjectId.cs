namespace Kempelen.Projects;

/// <summary>A project's ID, which is also its HITLayoutId in CreateHIT (30 characters, mturk-compat §4.1).</summary>
public readonly record struct ProjectId(string Value) : IEntityId<ProjectId>
{
    public static ProjectId New() => new(EntityIds.NewLong());

    public static ProjectId From(string value) => new(value);

    public override string ToString() => Value;
}
