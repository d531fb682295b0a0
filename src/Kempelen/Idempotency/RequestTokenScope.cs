namespace Kempelen.Idempotency;

/// <summary>Operation families whose UniqueRequestTokens are remembered separately (mturk-compat §7).</summary>
public enum RequestTokenScope
{
    HitCreation,
    HitExtension,
    Bonus,
    BatchPublish,
    BatchAssignments,
}
