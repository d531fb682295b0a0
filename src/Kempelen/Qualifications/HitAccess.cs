namespace Kempelen.Qualifications;

/// <summary>
/// What one worker may do with the HITs of one type (mturk-compat §11.2): the most restrictive guard over the
/// requirements they fail decides; a requester's block shuts everything.
/// </summary>
public sealed record HitAccess(bool CanDiscover, bool CanPreview, bool CanAccept, bool Blocked, IReadOnlyList<RequirementCheck> Checks)
{
    public static HitAccess Decide(IReadOnlyList<Requirement> requirements, QualificationValues values, bool blocked)
    {
        var checks = requirements.Select(r => new RequirementCheck(r, values.Meets(r))).ToList();
        var failed = checks.Where(c => !c.Met).Select(c => c.Requirement.Guards).ToList();
        var guard = failed.Count == 0 ? (GuardedActions?)null : failed.Max();
        return new HitAccess(
            CanDiscover: !blocked && guard is not GuardedActions.DiscoverPreviewAndAccept,
            CanPreview: !blocked && guard is null or GuardedActions.Accept,
            CanAccept: !blocked && guard is null,
            Blocked: blocked,
            Checks: checks);
    }

    /// <summary>Refuses acceptance with a reason the worker can act on.</summary>
    public void EnsureCanAccept(string what)
    {
        if (Blocked)
        {
            throw new DomainException(ErrorCode.DoesNotMeetRequirements, $"The requester of {what} has blocked you from their HITs.");
        }

        if (!CanAccept)
        {
            var missing = string.Join(", ", Checks.Where(c => !c.Met).Select(c => c.Requirement.QualificationTypeId));
            throw new DomainException(ErrorCode.DoesNotMeetRequirements, $"You do not meet the qualification requirements of {what} (not met: {missing}).");
        }
    }

    public void EnsureCanPreview(string what)
    {
        if (!CanPreview)
        {
            EnsureCanAccept(what);
        }
    }
}

public sealed record RequirementCheck(Requirement Requirement, bool Met);
