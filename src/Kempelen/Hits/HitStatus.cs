namespace Kempelen.Hits;

/// <summary>MTurk's HIT statuses (mturk-compat §5.2). <see cref="Hit.StatusAt"/> is the one place they are derived.</summary>
public enum HitStatus
{
    Assignable,
    Unassignable,
    Reviewable,
    Reviewing,
    Disposed,
}
