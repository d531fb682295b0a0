namespace Kempelen.Qualifications;

/// <summary>
/// The operator's rule for the Masters qualification (configuration section Kempelen:Masters): a worker holds it
/// while, over the last <see cref="WindowDays"/> days, at least <see cref="MinimumApproved"/> of their assignments
/// were approved and at least <see cref="MinimumPercentApproved"/> percent of those decided were approved.
/// </summary>
public sealed class MastersOptions
{
    public const string Section = "Kempelen:Masters";

    public int MinimumApproved { get; set; } = 100;

    public int MinimumPercentApproved { get; set; } = 98;

    public int WindowDays { get; set; } = 30;
}
