namespace Kempelen.Finance;

public enum AccountKind
{
    /// <summary>Money that came into the system from outside (deposits); its balance is the negative of all funds held.</summary>
    Deposits,

    /// <summary>A requester's prepaid money that no HIT holds.</summary>
    RequesterAvailable,

    /// <summary>A requester's money held for HIT slots that may still be paid.</summary>
    RequesterEscrow,

    /// <summary>What a worker has earned and not yet been paid out.</summary>
    WorkerEarnings,

    /// <summary>Commission earned by the operator.</summary>
    PlatformFees,
}
