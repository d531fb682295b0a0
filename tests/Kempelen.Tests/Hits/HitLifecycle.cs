using Kempelen.Accounts;
using Kempelen.Finance;
using Kempelen.Hits;

namespace Kempelen.Tests.Hits;

/// <summary>How a HIT's status, expiry and escrow follow from its facts (mturk-compat §5.2, §6.2, §9.3).</summary>
public sealed class HitLifecycle
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    private static Hit NewHit(int maxAssignments = 3, long lifetime = 3600)
    {
        var properties = HitTypeProperties.Create("Title", "Description", null, new Money(50), 600, null, []);
        var type = HitType.Define(RequesterId.New(), properties, Now);
        return Hit.Create(type, maxAssignments, lifetime, "<question/>", null, null, new Money(60), Now);
    }

    [Fact]
    public void A_new_HIT_is_assignable_with_every_slot_available()
    {
        var hit = NewHit();
        Assert.Equal(HitStatus.Assignable, hit.StatusAt(Now));
        Assert.Equal(3, hit.AvailableCount);
        Assert.Equal(Now.AddHours(1), hit.Expiration);
    }

    [Fact]
    public void An_expired_HIT_nobody_works_on_is_reviewable_and_keeps_its_unfilled_count()
    {
        var hit = NewHit();
        Assert.Equal(HitStatus.Reviewable, hit.StatusAt(Now.AddHours(2)));
        Assert.Equal(3, hit.AvailableCount);
    }

    [Fact]
    public void Escrow_covers_every_slot_while_live_and_nothing_unfilled_after_expiry()
    {
        var hit = NewHit();
        Assert.Equal(new Money(180), hit.EscrowRequiredAt(Now));
        Assert.Equal(Money.Zero, hit.EscrowRequiredAt(Now.AddHours(2)));
    }

    [Fact]
    public void Expiring_with_an_instant_in_the_past_expires_now()
    {
        var hit = NewHit();
        hit.ChangeExpiration(DateTime.UnixEpoch, Now);
        Assert.Equal(Now, hit.Expiration);
        Assert.Equal(HitStatus.Reviewable, hit.StatusAt(Now));
    }

    [Fact]
    public void Extending_an_expired_HIT_makes_it_assignable_again()
    {
        var hit = NewHit();
        hit.ChangeExpiration(DateTime.UnixEpoch, Now);
        hit.ChangeExpiration(Now.AddDays(1), Now.AddMinutes(1));
        Assert.Equal(HitStatus.Assignable, hit.StatusAt(Now.AddMinutes(1)));
    }

    [Fact]
    public void Shortening_a_live_HIT_is_refused()
    {
        var hit = NewHit();
        var refusal = Assert.Throws<DomainException>(() => hit.ChangeExpiration(Now.AddMinutes(30), Now));
        Assert.StartsWith("You cannot shorten", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extending_beyond_a_year_is_refused_with_the_parameter_named()
    {
        var hit = NewHit();
        var refusal = Assert.Throws<DomainException>(() => hit.ChangeExpiration(Now.AddDays(400), Now));
        Assert.Equal("ExpireAt", refusal.Parameter);
    }

    [Fact]
    public void A_live_HIT_cannot_be_deleted()
    {
        var hit = NewHit();
        var refusal = Assert.Throws<DomainException>(() => hit.Dispose(Now));
        Assert.Equal(ErrorCode.InvalidHitState, refusal.Code);
        Assert.Equal("This HIT is currently in the state 'Assignable'. This operation can be called with a status of: Reviewing, Reviewable", refusal.Message);
    }

    [Fact]
    public void A_disposed_HIT_holds_no_escrow_and_deleting_it_again_succeeds()
    {
        var hit = NewHit();
        hit.ChangeExpiration(DateTime.UnixEpoch, Now);
        hit.Dispose(Now);
        hit.Dispose(Now);
        Assert.Equal(HitStatus.Disposed, hit.StatusAt(Now));
        Assert.Equal(Money.Zero, hit.EscrowRequiredAt(Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000_001)]
    public void MaxAssignments_outside_MTurks_limits_is_refused(int maxAssignments) =>
        Assert.Equal("MaxAssignments", Assert.Throws<DomainException>(() => NewHit(maxAssignments: maxAssignments)).Parameter);

    [Theory]
    [InlineData(29)]
    [InlineData(31_536_001)]
    public void Lifetimes_outside_30_seconds_to_a_year_are_refused(long lifetime) =>
        Assert.Equal("LifetimeInSeconds", Assert.Throws<DomainException>(() => NewHit(lifetime: lifetime)).Parameter);
}
