namespace Kempelen.Protocol;

/// <summary>
/// An error answer on the MTurk wire (mturk-compat §2.3, §3). The AWS front-end errors carry a lower-case
/// "message"; MTurk's modelled RequestError and ServiceFault carry "Message" and a TurkErrorCode.
/// </summary>
public sealed record ProtocolError(int Status, string Type, string Message, string? TurkErrorCode = null, string? Parameter = null)
{
    public bool IsFrontEndError => TurkErrorCode is null;

    public static ProtocolError Validation(string message) => new(400, "ValidationException", message);

    public static ProtocolError UnknownOperation(string message) => new(400, "UnknownOperationException", message);

    public static ProtocolError Serialization(string message) => new(400, "SerializationException", message);

    public static ProtocolError MissingAuthentication() =>
        new(400, "MissingAuthenticationTokenException", "Request is missing Authentication Token");

    public static ProtocolError IncompleteSignature(string message) => new(400, "IncompleteSignatureException", message);

    public static ProtocolError UnrecognizedClient() =>
        new(400, "UnrecognizedClientException", "The security token included in the request is invalid.");

    public static ProtocolError InvalidSignature(string message) => new(400, "InvalidSignatureException", message);

    public static ProtocolError PayloadTooLarge(long limit) =>
        new(413, "SerializationException", $"The request body is larger than the limit of {limit} bytes.");

    public static ProtocolError UnsupportedMediaType(string? contentType) =>
        new(400, "SerializationException", $"Content-Type must be application/x-amz-json-1.1; got '{contentType}'.");

    public static ProtocolError Fault(string traceId) =>
        new(500, "ServiceFault", $"The service encountered an internal error; nothing was changed. Trace id {traceId}.", "AWS.MechanicalTurk.ServiceFault");

    public static ProtocolError FromDomain(DomainException exception) => exception.Parameter is null
        ? new(400, "RequestError", exception.Message, TurkErrorCodeOf(exception.Code))
        : new(400, "ParameterValidationError", exception.Message, TurkErrorCodeOf(exception.Code), exception.Parameter);

    private static string TurkErrorCodeOf(ErrorCode code) => code switch
    {
        ErrorCode.InvalidParameterValue => "AWS.MechanicalTurk.InvalidParameterValue",
        ErrorCode.HitDoesNotExist => "AWS.MechanicalTurk.HITDoesNotExist",
        ErrorCode.HitTypeDoesNotExist => "AWS.MechanicalTurk.HITTypeDoesNotExist",
        ErrorCode.HitLayoutDoesNotExist => "AWS.MechanicalTurk.HITLayoutDoesNotExist",
        ErrorCode.HitAlreadyExists => "AWS.MechanicalTurk.HitAlreadyExists",
        ErrorCode.InvalidHitState => "AWS.MechanicalTurk.InvalidHITState",
        ErrorCode.InsufficientFunds => "AWS.MechanicalTurk.InsufficientFunds",
        ErrorCode.AssignmentDoesNotExist => "AWS.MechanicalTurk.AssignmentDoesNotExist",
        ErrorCode.InvalidAssignmentState => "AWS.MechanicalTurk.InvalidAssignmentState",
        ErrorCode.HitNotAvailable => "AWS.MechanicalTurk.NoHITsAvailableInGroupException",
        ErrorCode.DuplicateRequest => "AWS.MechanicalTurk.DuplicateRequest",
        ErrorCode.InvalidMaximumAssignmentsIncrease => "AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease",
        ErrorCode.QualificationTypeDoesNotExist => "AWS.MechanicalTurk.QualificationTypeDoesNotExist",
        ErrorCode.QualificationTypeAlreadyExists => "AWS.MechanicalTurk.QualificationTypeAlreadyExists",
        ErrorCode.InvalidQualificationTypeState => "AWS.MechanicalTurk.InvalidQualificationTypeState",
        ErrorCode.QualificationDoesNotExist => "AWS.MechanicalTurk.QualificationDoesNotExist",
        ErrorCode.InvalidQualificationState => "AWS.MechanicalTurk.InvalidQualificationState",
        ErrorCode.QualificationRequestDoesNotExist => "AWS.MechanicalTurk.QualificationRequestDoesNotExist",
        ErrorCode.PermissionDenied => "AWS.MechanicalTurk.PermissionDeniedException",
        ErrorCode.DoesNotMeetRequirements => "AWS.MechanicalTurk.DoesNotMeetRequirements",
        ErrorCode.QualificationTypeDoesNotAllowRetake => "AWS.MechanicalTurk.QualificationTypeDoesNotAllowRetake",
        ErrorCode.QualificationTypeRetryDelayNotElapsed => "AWS.MechanicalTurk.QualificationTypeRetryDelayNotElapsed",
        ErrorCode.NotAuthorized => "AWS.NotAuthorized",
        ErrorCode.OperationNotSupported => "AWS.MechanicalTurk.OperationNotSupported",
    };
}
