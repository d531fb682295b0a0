namespace Kempelen.Tests.Infrastructure;

/// <summary>Builders of CreateHIT requests: valid by default, changed only where a test says so.</summary>
public static class HitRequests
{
    public static Dictionary<string, object?> CreateHit(string reward = "0.50", int maxAssignments = 3, long lifetime = 3600, string? title = null) => new()
    {
        ["Title"] = title ?? "Name the colour",
        ["Description"] = "Pick the word that is a colour",
        ["Keywords"] = "colour, words",
        ["Reward"] = reward,
        ["MaxAssignments"] = maxAssignments,
        ["LifetimeInSeconds"] = lifetime,
        ["AssignmentDurationInSeconds"] = 600,
        ["AutoApprovalDelayInSeconds"] = 86400,
        ["Question"] = Questions.Html,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> request, string member, object? value)
    {
        var copy = new Dictionary<string, object?>(request) { [member] = value };
        if (value is null)
        {
            copy.Remove(member);
        }

        return copy;
    }
}
