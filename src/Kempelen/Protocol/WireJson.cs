using System.Text.Json.Serialization;
using Kempelen.Assignments.Operations;
using Kempelen.Finance.Operations;
using Kempelen.Hits.Operations;

namespace Kempelen.Protocol;

/// <summary>
/// Source-generated serialization of every wire record. Member names are written as declared (they are the
/// model's names), absent values are omitted rather than sent as null, and timestamps are epoch seconds.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsConverter)])]
[JsonSerializable(typeof(CreateHITTypeRequest))]
[JsonSerializable(typeof(CreateHITTypeResponse))]
[JsonSerializable(typeof(CreateHITRequest))]
[JsonSerializable(typeof(CreateHITResponse))]
[JsonSerializable(typeof(CreateHITWithHITTypeRequest))]
[JsonSerializable(typeof(CreateHITWithHITTypeResponse))]
[JsonSerializable(typeof(GetHITRequest))]
[JsonSerializable(typeof(GetHITResponse))]
[JsonSerializable(typeof(ListHITsRequest))]
[JsonSerializable(typeof(ListHITsResponse))]
[JsonSerializable(typeof(UpdateExpirationForHITRequest))]
[JsonSerializable(typeof(UpdateExpirationForHITResponse))]
[JsonSerializable(typeof(UpdateHITTypeOfHITRequest))]
[JsonSerializable(typeof(UpdateHITTypeOfHITResponse))]
[JsonSerializable(typeof(DeleteHITRequest))]
[JsonSerializable(typeof(DeleteHITResponse))]
[JsonSerializable(typeof(GetAccountBalanceRequest))]
[JsonSerializable(typeof(GetAccountBalanceResponse))]
[JsonSerializable(typeof(GetAssignmentRequest))]
[JsonSerializable(typeof(GetAssignmentResponse))]
[JsonSerializable(typeof(ListAssignmentsForHITRequest))]
[JsonSerializable(typeof(ListAssignmentsForHITResponse))]
[JsonSerializable(typeof(ApproveAssignmentRequest))]
[JsonSerializable(typeof(ApproveAssignmentResponse))]
[JsonSerializable(typeof(RejectAssignmentRequest))]
[JsonSerializable(typeof(RejectAssignmentResponse))]
[JsonSerializable(typeof(ListReviewableHITsRequest))]
[JsonSerializable(typeof(ListReviewableHITsResponse))]
[JsonSerializable(typeof(UpdateHITReviewStatusRequest))]
[JsonSerializable(typeof(UpdateHITReviewStatusResponse))]
[JsonSerializable(typeof(CreateAdditionalAssignmentsForHITRequest))]
[JsonSerializable(typeof(CreateAdditionalAssignmentsForHITResponse))]
[JsonSerializable(typeof(SendBonusRequest))]
[JsonSerializable(typeof(SendBonusResponse))]
[JsonSerializable(typeof(ListBonusPaymentsRequest))]
[JsonSerializable(typeof(ListBonusPaymentsResponse))]
internal sealed partial class WireJson : JsonSerializerContext;
