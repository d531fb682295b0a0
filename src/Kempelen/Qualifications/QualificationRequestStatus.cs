namespace Kempelen.Qualifications;

/// <summary>
/// A worker's ask for a qualification. Taking: the test is open and its clock runs. Pending: waiting for the
/// owner. Granted and Rejected are final; only Pending requests are visible to the owner.
/// </summary>
public enum QualificationRequestStatus
{
    Taking,
    Pending,
    Granted,
    Rejected,
}
