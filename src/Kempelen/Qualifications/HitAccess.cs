namespace Kempelen.Qualifications;

/// <summary>
/// What one worker may do with the HITs of one type (mturk-compat §11.2): the most restrictive guard over the
/// requirements they fail decides; a requester's block shuts everything.
/// </summary>
public sealed record HitAccess(bool CanDiscover, bool CanPreview, bool CanAccept, bool Blocked, IReadOnlyList<RequirementCheck> Checks)
{
    public static HitAccess Decide(IReadOnlyList<Requirement> requirements, QualificationValues values, bool blocked) =>
        FromChecks(requirements.Select(r => new RequirementCheck(r, values.Meets(r))).ToList(), blocked);

    /// <summary>
    /// Someone who has not signed in: nothing is known of them, so every requirement counts as failed and they see
    /// only what a worker failing all of them could see.
    /// </summary>
    public static HitAccess ForVisitor(IReadOnlyList<Requirement> requirements) =>
        FromChecks(requirements.Select(r => new RequirementCheck(r, false)).ToList(), blocked: false);

    /// <summary>
    /// Why the worker may not accept, in words they can act on; null when they may. Unmet requirements are named by
    /// <paramref name="describe"/> when the caller has the types' names at hand, else by <see cref="RequirementText"/>
    /// with requesters' types called by their IDs (inside the accepting transaction, which does not load names).
    /// </summary>
    public string? AcceptRefusal(string what, Func<Requirement, string>? describe = null)
    {
        if (Blocked)
        {
            return $"The requester of {what} has blocked you from their HITs.";
        }

        if (CanAccept)
        {
            return null;
        }

        var unmet = Checks.Where(c => !c.Met).Select(c => describe?.Invoke(c.Requirement) ?? RequirementText.Describe(c.Requirement, null));
        return $"You do not meet the qualification requirements of {what} (not met: {string.Join(", ", unmet)}).";
    }

    /// <summary>Why the worker may not preview; null when they may.</summary>
    public string? PreviewRefusal(string what, Func<Requirement, string>? describe = null) => CanPreview ? null : AcceptRefusal(what, describe);

    /// <summary>Refuses acceptance with a reason the worker can act on.</summary>
    public void EnsureCanAccept(string what)
    {
        if (AcceptRefusal(what) is { } refusal)
        {
            throw new DomainException(ErrorCode.DoesNotMeetRequirements, refusal);
        }
    }

    private static HitAccess FromChecks(IReadOnlyList<RequirementCheck> checks, bool blocked)
    {
        var failed = checks.Where(c => !c.Met).Select(c => c.Requirement.Guards).ToList();
        var guard = failed.Count == 0 ? (GuardedActions?)null : failed.Max();
        return new HitAccess(
            CanDiscover: !blocked && guard is not GuardedActions.DiscoverPreviewAndAccept,
            CanPreview: !blocked && guard is null or GuardedActions.Accept,
            CanAccept: !blocked && guard is null,
            Blocked: blocked,
            Checks: checks);
    }
}

public sealed record RequirementCheck(Requirement Requirement, bool Met);
