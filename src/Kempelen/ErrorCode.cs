namespace Kempelen;

/// <summary>Business-rule refusals. Protocol/ErrorResponses maps each one to MTurk's TurkErrorCode.</summary>
public enum ErrorCode
{
    InvalidParameterValue,
    HitDoesNotExist,
    HitTypeDoesNotExist,
    HitLayoutDoesNotExist,
    HitAlreadyExists,
    InvalidHitState,
    InsufficientFunds,
    AssignmentDoesNotExist,
    InvalidAssignmentState,
    HitNotAvailable,
    DuplicateRequest,
    InvalidMaximumAssignmentsIncrease,
    QualificationTypeDoesNotExist,
    QualificationTypeAlreadyExists,
    InvalidQualificationTypeState,
    QualificationDoesNotExist,
    InvalidQualificationState,
    QualificationRequestDoesNotExist,
    PermissionDenied,
    DoesNotMeetRequirements,
    QualificationTypeDoesNotAllowRetake,
    QualificationTypeRetryDelayNotElapsed,
    NotAuthorized,
    OperationNotSupported,
}
