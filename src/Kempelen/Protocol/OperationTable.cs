using Kempelen.Assignments.Operations;
using Kempelen.Finance.Operations;
using Kempelen.Hits.Operations;

namespace Kempelen.Protocol;

/// <summary>
/// All 39 operations of the API model, by wire name. An operation bound to null is in the model but not built
/// yet: it answers a clear RequestError instead of pretending. A test keeps this table and the model in step.
/// </summary>
public static class OperationTable
{
    public static readonly IReadOnlyDictionary<string, OperationBinding?> Operations = new Dictionary<string, OperationBinding?>(StringComparer.Ordinal)
    {
        ["AcceptQualificationRequest"] = null,
        ["ApproveAssignment"] = OperationBinding.For<ApproveAssignmentOperation, ApproveAssignmentRequest, ApproveAssignmentResponse>(
            WireJson.Default.ApproveAssignmentRequest, WireJson.Default.ApproveAssignmentResponse),
        ["AssociateQualificationWithWorker"] = null,
        ["CreateAdditionalAssignmentsForHIT"] = OperationBinding.For<CreateAdditionalAssignmentsForHitOperation, CreateAdditionalAssignmentsForHITRequest, CreateAdditionalAssignmentsForHITResponse>(
            WireJson.Default.CreateAdditionalAssignmentsForHITRequest, WireJson.Default.CreateAdditionalAssignmentsForHITResponse),
        ["CreateHIT"] = OperationBinding.For<CreateHitOperation, CreateHITRequest, CreateHITResponse>(
            WireJson.Default.CreateHITRequest, WireJson.Default.CreateHITResponse),
        ["CreateHITType"] = OperationBinding.For<CreateHitTypeOperation, CreateHITTypeRequest, CreateHITTypeResponse>(
            WireJson.Default.CreateHITTypeRequest, WireJson.Default.CreateHITTypeResponse),
        ["CreateHITWithHITType"] = OperationBinding.For<CreateHitWithHitTypeOperation, CreateHITWithHITTypeRequest, CreateHITWithHITTypeResponse>(
            WireJson.Default.CreateHITWithHITTypeRequest, WireJson.Default.CreateHITWithHITTypeResponse),
        ["CreateQualificationType"] = null,
        ["CreateWorkerBlock"] = null,
        ["DeleteHIT"] = OperationBinding.For<DeleteHitOperation, DeleteHITRequest, DeleteHITResponse>(
            WireJson.Default.DeleteHITRequest, WireJson.Default.DeleteHITResponse),
        ["DeleteQualificationType"] = null,
        ["DeleteWorkerBlock"] = null,
        ["DisassociateQualificationFromWorker"] = null,
        ["GetAccountBalance"] = OperationBinding.For<GetAccountBalanceOperation, GetAccountBalanceRequest, GetAccountBalanceResponse>(
            WireJson.Default.GetAccountBalanceRequest, WireJson.Default.GetAccountBalanceResponse),
        ["GetAssignment"] = OperationBinding.For<GetAssignmentOperation, GetAssignmentRequest, GetAssignmentResponse>(
            WireJson.Default.GetAssignmentRequest, WireJson.Default.GetAssignmentResponse),
        ["GetFileUploadURL"] = null,
        ["GetHIT"] = OperationBinding.For<GetHitOperation, GetHITRequest, GetHITResponse>(
            WireJson.Default.GetHITRequest, WireJson.Default.GetHITResponse),
        ["GetQualificationScore"] = null,
        ["GetQualificationType"] = null,
        ["ListAssignmentsForHIT"] = OperationBinding.For<ListAssignmentsForHitOperation, ListAssignmentsForHITRequest, ListAssignmentsForHITResponse>(
            WireJson.Default.ListAssignmentsForHITRequest, WireJson.Default.ListAssignmentsForHITResponse),
        ["ListBonusPayments"] = OperationBinding.For<ListBonusPaymentsOperation, ListBonusPaymentsRequest, ListBonusPaymentsResponse>(
            WireJson.Default.ListBonusPaymentsRequest, WireJson.Default.ListBonusPaymentsResponse),
        ["ListHITs"] = OperationBinding.For<ListHitsOperation, ListHITsRequest, ListHITsResponse>(
            WireJson.Default.ListHITsRequest, WireJson.Default.ListHITsResponse),
        ["ListHITsForQualificationType"] = null,
        ["ListQualificationRequests"] = null,
        ["ListQualificationTypes"] = null,
        ["ListReviewPolicyResultsForHIT"] = null,
        ["ListReviewableHITs"] = OperationBinding.For<ListReviewableHitsOperation, ListReviewableHITsRequest, ListReviewableHITsResponse>(
            WireJson.Default.ListReviewableHITsRequest, WireJson.Default.ListReviewableHITsResponse),
        ["ListWorkerBlocks"] = null,
        ["ListWorkersWithQualificationType"] = null,
        ["NotifyWorkers"] = null,
        ["RejectAssignment"] = OperationBinding.For<RejectAssignmentOperation, RejectAssignmentRequest, RejectAssignmentResponse>(
            WireJson.Default.RejectAssignmentRequest, WireJson.Default.RejectAssignmentResponse),
        ["RejectQualificationRequest"] = null,
        ["SendBonus"] = OperationBinding.For<SendBonusOperation, SendBonusRequest, SendBonusResponse>(
            WireJson.Default.SendBonusRequest, WireJson.Default.SendBonusResponse),
        ["SendTestEventNotification"] = null,
        ["UpdateExpirationForHIT"] = OperationBinding.For<UpdateExpirationForHitOperation, UpdateExpirationForHITRequest, UpdateExpirationForHITResponse>(
            WireJson.Default.UpdateExpirationForHITRequest, WireJson.Default.UpdateExpirationForHITResponse),
        ["UpdateHITReviewStatus"] = OperationBinding.For<UpdateHitReviewStatusOperation, UpdateHITReviewStatusRequest, UpdateHITReviewStatusResponse>(
            WireJson.Default.UpdateHITReviewStatusRequest, WireJson.Default.UpdateHITReviewStatusResponse),
        ["UpdateHITTypeOfHIT"] = OperationBinding.For<UpdateHitTypeOfHitOperation, UpdateHITTypeOfHITRequest, UpdateHITTypeOfHITResponse>(
            WireJson.Default.UpdateHITTypeOfHITRequest, WireJson.Default.UpdateHITTypeOfHITResponse),
        ["UpdateNotificationSettings"] = null,
        ["UpdateQualificationType"] = null,
    };
}
