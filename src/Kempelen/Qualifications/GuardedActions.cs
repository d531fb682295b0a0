namespace Kempelen.Qualifications;

/// <summary>What a worker who fails a requirement may not do (mturk-compat §11.2), from least to most restrictive.</summary>
public enum GuardedActions
{
    Accept,
    PreviewAndAccept,
    DiscoverPreviewAndAccept,
}
