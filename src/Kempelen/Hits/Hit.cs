using System.Globalization;
using System.Linq.Expressions;
using Kempelen.Accounts;
using Kempelen.Finance;

namespace Kempelen.Hits;

/// <summary>
/// A HIT: a question offered to workers <see cref="MaxAssignments"/> times until <see cref="Expiration"/>.
/// Its status is derived from its counters, its expiration and two requester decisions (reviewing, disposed),
/// so it is right at every instant without a job having to flip it.
/// </summary>
public sealed class Hit
{
    /// <summary>Longest a HIT may live from now when created or extended (mturk-compat §5.4, §9.3).</summary>
    public const long MaxLifetimeInSeconds = 31_536_000;

    public const int MaxAnnotationLength = 255;

    private Hit()
    {
        Question = string.Empty;
    }

    public HitId Id { get; private set; }

    public HitTypeId HitTypeId { get; private set; }

    public HitGroupId HitGroupId { get; private set; }

    public RequesterId RequesterId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime Expiration { get; private set; }

    public int MaxAssignments { get; private set; }

    public int AvailableCount { get; private set; }

    public int PendingCount { get; private set; }

    /// <summary>Approved or rejected assignments.</summary>
    public int CompletedCount { get; private set; }

    public string Question { get; private set; }

    public string? HitLayoutId { get; private set; }

    public string? RequesterAnnotation { get; private set; }

    public bool IsReviewing { get; private set; }

    public DateTime? DisposedAt { get; private set; }

    /// <summary>What one slot costs the requester: the reward plus the commission, fixed when the terms are set.</summary>
    public Money SlotCost { get; private set; }

    /// <summary>The requester's money this HIT holds; the sum over a requester's HITs equals their escrow account.</summary>
    public Money Escrow { get; private set; }

    /// <summary>False from creation or extension until the escrow of slots that expired unfilled has been released.</summary>
    public bool ExpirySettled { get; private set; }

    public int Version { get; private set; }

    /// <summary>Submitted assignments awaiting the requester's decision.</summary>
    public int SubmittedCount => MaxAssignments - AvailableCount - PendingCount - CompletedCount;

    public static Hit Create(
        HitType type,
        int maxAssignments,
        long lifetimeInSeconds,
        string question,
        string? hitLayoutId,
        string? requesterAnnotation,
        Money slotCost,
        DateTime now) =>
        Create(HitId.New(), type, maxAssignments, lifetimeInSeconds, question, hitLayoutId, requesterAnnotation, slotCost, now);

    /// <summary>A HIT with an ID drawn by the caller: batch publishing draws a batch's IDs together to order them.</summary>
    public static Hit Create(
        HitId id,
        HitType type,
        int maxAssignments,
        long lifetimeInSeconds,
        string question,
        string? hitLayoutId,
        string? requesterAnnotation,
        Money slotCost,
        DateTime now)
    {
        ParameterRules.RequireWithin("MaxAssignments", maxAssignments, 1, 1_000_000_000);
        ParameterRules.RequireWithin("LifetimeInSeconds", lifetimeInSeconds, 30, MaxLifetimeInSeconds);
        ParameterRules.RequireAtMost("RequesterAnnotation", requesterAnnotation, MaxAnnotationLength);
        if (slotCost.Cents > 0 && maxAssignments > Money.MaxTotal.Cents / slotCost.Cents)
        {
            throw new DomainException(
                ErrorCode.InsufficientFunds,
                $"This Requester has insufficient funds in their account to complete this transaction: {maxAssignments} assignments at {slotCost} each exceed the largest amount an account can hold ({Money.MaxTotal}).");
        }

        return new Hit
        {
            Id = id,
            HitTypeId = type.Id,
            HitGroupId = type.HitGroupId,
            RequesterId = type.RequesterId,
            CreatedAt = now,
            Expiration = now.AddSeconds(lifetimeInSeconds),
            MaxAssignments = maxAssignments,
            AvailableCount = maxAssignments,
            Question = question,
            HitLayoutId = hitLayoutId,
            RequesterAnnotation = requesterAnnotation,
            SlotCost = slotCost,
        };
    }

    /// <summary>
    /// Whether a worker may take a slot now: live, not being reviewed, not disposed, a slot free. Written as an
    /// expression so that accepting can be one conditional UPDATE and searches can filter in SQL.
    /// </summary>
    public static Expression<Func<Hit, bool>> AcceptableAt(DateTime now) =>
        h => h.AvailableCount > 0 && h.Expiration > now && h.DisposedAt == null && !h.IsReviewing;

    /// <summary>
    /// Whether the HIT counts on its group's listing in the worker app: a free slot, not reviewing, not disposed,
    /// and not yet settled as expired. Made of stored facts only, so that the listing can be kept by the
    /// transactions that change them; a HIT that expired is delisted when the expiry job settles it, and
    /// <see cref="HitGroupListing.ListedUntil"/> hides a group whose HITs have all expired before that.
    /// </summary>
    public bool IsListed => Listed(AvailableCount, DisposedAt, IsReviewing, ExpirySettled);

    internal static bool Listed(int availableCount, DateTime? disposedAt, bool isReviewing, bool expirySettled) =>
        availableCount > 0 && disposedAt is null && !isReviewing && !expirySettled;

    /// <summary>The SQL form of <see cref="StatusAt"/> being Reviewable, for ListReviewableHITs.</summary>
    public static Expression<Func<Hit, bool>> ReviewableAt(DateTime now) =>
        h => h.DisposedAt == null && !h.IsReviewing && h.PendingCount == 0 && (h.Expiration <= now || h.AvailableCount == 0);

    /// <summary>The SQL form of <see cref="StatusAt"/> being Reviewing.</summary>
    public static Expression<Func<Hit, bool>> Reviewing() => h => h.DisposedAt == null && h.IsReviewing;

    /// <summary>A worker handed in the slot's work: it stops being pending and awaits review.</summary>
    public void RecordSubmission()
    {
        PendingCount--;
        Version++;
    }

    /// <summary>The requester decided a submitted slot (approved or rejected): it is complete.</summary>
    public void RecordDecision()
    {
        CompletedCount++;
        Version++;
    }

    /// <summary>A worker gave the slot back (returned or abandoned): it is free again.</summary>
    public void RecordReleasedSlot()
    {
        PendingCount--;
        AvailableCount++;
        Version++;
    }

    public HitStatus StatusAt(DateTime now)
    {
        if (DisposedAt is not null)
        {
            return HitStatus.Disposed;
        }

        if (IsReviewing)
        {
            return HitStatus.Reviewing;
        }

        var expired = Expiration <= now;
        if (PendingCount == 0 && (expired || AvailableCount == 0))
        {
            return HitStatus.Reviewable;
        }

        return !expired && AvailableCount > 0 ? HitStatus.Assignable : HitStatus.Unassignable;
    }

    /// <summary>
    /// The escrow this HIT must hold now: every slot that may still be paid. Slots that expired unfilled are not
    /// (mturk-compat §6.2); a disposed HIT holds nothing.
    /// </summary>
    public Money EscrowRequiredAt(DateTime now)
    {
        if (DisposedAt is not null)
        {
            return Money.Zero;
        }

        var payableSlots = Expiration <= now ? PendingCount + SubmittedCount : MaxAssignments - CompletedCount;
        return SlotCost * payableSlots;
    }

    public void RecordEscrowChange(Money change, DateTime now)
    {
        Escrow += change;
        ExpirySettled = Expiration <= now;
        Version++;
    }

    /// <summary>
    /// UpdateExpirationForHIT (mturk-compat §9.3): an instant not after now expires the HIT now; a later instant
    /// than the current expiration extends it; anything in between would shorten it and is refused.
    /// </summary>
    public void ChangeExpiration(DateTime requested, DateTime now)
    {
        EnsureNotDisposed(now);
        if (requested <= now)
        {
            if (Expiration > now)
            {
                Expiration = now;
            }
        }
        else if (requested > Expiration)
        {
            if (requested > now.AddSeconds(MaxLifetimeInSeconds))
            {
                throw DomainException.InvalidParameter(
                    "ExpireAt",
                    string.Create(CultureInfo.InvariantCulture, $"ExpireAt may be at most one year from now ({now.AddSeconds(MaxLifetimeInSeconds):O}); got {requested:O}."));
            }

            Expiration = requested;
            IsReviewing = false;
            ExpirySettled = false;
        }
        else if (requested < Expiration)
        {
            throw new DomainException(
                ErrorCode.InvalidParameterValue,
                string.Create(CultureInfo.InvariantCulture, $"You cannot shorten the lifetime of HIT {Id}: it expires at {Expiration:O} and {requested:O} is earlier. Expire it now with an ExpireAt in the past instead."));
        }

        Version++;
    }

    /// <summary>
    /// UpdateHITTypeOfHIT: the HIT takes the new type's terms and group. The cost of a slot may change only
    /// while no worker has taken one, so nobody's accepted terms change under them.
    /// </summary>
    public void MoveToType(HitType type, Money newSlotCost, DateTime now)
    {
        EnsureNotDisposed(now);
        if (newSlotCost != SlotCost && AvailableCount != MaxAssignments)
        {
            throw new DomainException(
                ErrorCode.InvalidParameterValue,
                $"HIT {Id} cannot move to HIT type {type.Id}: its reward or commission differs and workers have already accepted assignments of this HIT.");
        }

        HitTypeId = type.Id;
        HitGroupId = type.HitGroupId;
        SlotCost = newSlotCost;
        Version++;
    }

    /// <summary>UpdateHITReviewStatus: Reviewable → Reviewing, or back with <paramref name="revert"/> (mturk-compat §9.3).</summary>
    public void ChangeReviewStatus(bool revert, DateTime now)
    {
        var status = StatusAt(now);
        var (from, allowed) = revert ? (HitStatus.Reviewing, "Reviewing") : (HitStatus.Reviewable, "Reviewable");
        if (status != from)
        {
            throw InvalidState(status, allowed);
        }

        IsReviewing = !revert;
        Version++;
    }

    /// <summary>
    /// CreateAdditionalAssignmentsForHIT (mturk-compat §9.3): more slots for a HIT that is not disposed. A HIT
    /// below the commission's large-HIT threshold (MTurk: 10) cannot reach it, because its commission was set in the
    /// lower bracket.
    /// </summary>
    public void AddAssignments(int count, int largeHitAssignments, DateTime now)
    {
        EnsureNotDisposed(now);
        ParameterRules.RequireWithin("NumberOfAdditionalAssignments", count, 1, 1_000_000_000 - MaxAssignments);
        if (MaxAssignments < largeHitAssignments && MaxAssignments + count >= largeHitAssignments)
        {
            throw new DomainException(
                ErrorCode.InvalidMaximumAssignmentsIncrease,
                string.Create(CultureInfo.InvariantCulture, $"HITs created with fewer than {largeHitAssignments} assignments cannot be extended to {largeHitAssignments} or more; HIT {Id} has {MaxAssignments} and {count} more were asked for."));
        }

        MaxAssignments += count;
        AvailableCount += count;
        IsReviewing = false;
        Version++;
    }

    /// <summary>DeleteHIT (mturk-compat §9.3): only a Reviewable or Reviewing HIT with every submission decided.</summary>
    public void Dispose(DateTime now)
    {
        var status = StatusAt(now);
        if (status == HitStatus.Disposed)
        {
            return;
        }

        if (status is not (HitStatus.Reviewable or HitStatus.Reviewing) || PendingCount > 0 || SubmittedCount > 0)
        {
            throw InvalidState(status, "Reviewing, Reviewable");
        }

        DisposedAt = now;
        Version++;
    }

    private void EnsureNotDisposed(DateTime now)
    {
        if (DisposedAt is not null)
        {
            throw InvalidState(StatusAt(now), "Assignable, Unassignable, Reviewable, Reviewing");
        }
    }

    private static DomainException InvalidState(HitStatus status, string allowed) => new(
        ErrorCode.InvalidHitState,
        $"This HIT is currently in the state '{status}'. This operation can be called with a status of: {allowed}");
}
