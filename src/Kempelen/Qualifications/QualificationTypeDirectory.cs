namespace Kempelen.Qualifications;

/// <summary>Answers whether the qualification types a HIT type requires exist.</summary>
public sealed class QualificationTypeDirectory
{
    /// <summary>
    /// Refuses a requirement naming an unknown type (mturk-compat §9.1). Until requesters can create their own
    /// qualification types, the system types are the only ones there are.
    /// </summary>
    public static void EnsureExist(IEnumerable<Requirement> requirements)
    {
        foreach (var requirement in requirements)
        {
            if (!SystemQualificationTypes.IsSystemType(requirement.QualificationTypeId))
            {
                throw new DomainException(
                    ErrorCode.QualificationTypeDoesNotExist,
                    $"QualificationType {requirement.QualificationTypeId} does not exist.");
            }
        }
    }
}
