namespace Kempelen.Qualifications;

public enum QualificationStatus
{
    Granted,
    Revoked,
}
