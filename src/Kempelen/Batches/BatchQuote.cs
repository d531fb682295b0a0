using Kempelen.Finance;

namespace Kempelen.Batches;

/// <summary>What publishing a file would create and cost, shown before anything is created.</summary>
public sealed record BatchQuote(int HitCount, int AssignmentsPerHit, Money Reward, Money FeePerAssignment, Money Total, Money Available)
{
    public bool Affordable => Total <= Available;
}
