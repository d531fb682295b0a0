namespace Kempelen.Qualifications;

public enum Comparator
{
    LessThan,
    LessThanOrEqualTo,
    GreaterThan,
    GreaterThanOrEqualTo,
    EqualTo,
    NotEqualTo,
    Exists,
    DoesNotExist,
    In,
    NotIn,
}
