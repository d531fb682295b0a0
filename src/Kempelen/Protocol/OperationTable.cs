using Kempelen.Assignments.Operations;
using Kempelen.Finance.Operations;
using Kempelen.Hits.Operations;
using Kempelen.Qualifications.Operations;

namespace Kempelen.Protocol;

/// <summary>
/// All 39 operations of the API model, by wire name. An operation bound to null is in the model but not built
/// yet: it answers a clear RequestError instead of pretending. A test keeps this table and the model in step.
/// </summary>
public static class OperationTable
{
    public static readonly IReadOnlyDictionary<string, OperationBinding?> Operations = new Dictionary<string, OperationBinding?>(StringComparer.Ordinal)
    {
        ["AcceptQualificationRequest"] = OperationBinding.For<AcceptQualificationRequestOperation, AcceptQualificationRequestRequest, AcceptQualificationRequestResponse>(
            WireJson.Default.AcceptQualificationRequestRequest, WireJson.Default.AcceptQualificationRequestResponse),
        ["ApproveAssignment"] = OperationBinding.For<ApproveAssignmentOperation, ApproveAssignmentRequest, ApproveAssignmentResponse>(
            WireJson.Default.ApproveAssignmentRequest, WireJson.Default.ApproveAssignmentResponse),
        ["AssociateQualificationWithWorker"] = OperationBinding.For<AssociateQualificationWithWorkerOperation, AssociateQualificationWithWorkerRequest, AssociateQualificationWithWorkerResponse>(
            WireJson.Default.AssociateQualificationWithWorkerRequest, WireJson.Default.AssociateQualificationWithWorkerResponse),
        ["CreateAdditionalAssignmentsForHIT"] = OperationBinding.For<CreateAdditionalAssignmentsForHitOperation, CreateAdditionalAssignmentsForHITRequest, CreateAdditionalAssignmentsForHITResponse>(
            WireJson.Default.CreateAdditionalAssignmentsForHITRequest, WireJson.Default.CreateAdditionalAssignmentsForHITResponse),
        ["CreateHIT"] = OperationBinding.For<CreateHitOperation, CreateHITRequest, CreateHITResponse>(
            WireJson.Default.CreateHITRequest, WireJson.Default.CreateHITResponse),
        ["CreateHITType"] = OperationBinding.For<CreateHitTypeOperation, CreateHITTypeRequest, CreateHITTypeResponse>(
            WireJson.Default.CreateHITTypeRequest, WireJson.Default.CreateHITTypeResponse),
        ["CreateHITWithHITType"] = OperationBinding.For<CreateHitWithHitTypeOperation, CreateHITWithHITTypeRequest, CreateHITWithHITTypeResponse>(
            WireJson.Default.CreateHITWithHITTypeRequest, WireJson.Default.CreateHITWithHITTypeResponse),
        ["CreateQualificationType"] = OperationBinding.For<CreateQualificationTypeOperation, CreateQualificationTypeRequest, CreateQualificationTypeResponse>(
            WireJson.Default.CreateQualificationTypeRequest, WireJson.Default.CreateQualificationTypeResponse),
        ["CreateWorkerBlock"] = OperationBinding.For<CreateWorkerBlockOperation, CreateWorkerBlockRequest, CreateWorkerBlockResponse>(
            WireJson.Default.CreateWorkerBlockRequest, WireJson.Default.CreateWorkerBlockResponse),
        ["DeleteHIT"] = OperationBinding.For<DeleteHitOperation, DeleteHITRequest, DeleteHITResponse>(
            WireJson.Default.DeleteHITRequest, WireJson.Default.DeleteHITResponse),
        ["DeleteQualificationType"] = OperationBinding.For<DeleteQualificationTypeOperation, DeleteQualificationTypeRequest, DeleteQualificationTypeResponse>(
            WireJson.Default.DeleteQualificationTypeRequest, WireJson.Default.DeleteQualificationTypeResponse),
        ["DeleteWorkerBlock"] = OperationBinding.For<DeleteWorkerBlockOperation, DeleteWorkerBlockRequest, DeleteWorkerBlockResponse>(
            WireJson.Default.DeleteWorkerBlockRequest, WireJson.Default.DeleteWorkerBlockResponse),
        ["DisassociateQualificationFromWorker"] = OperationBinding.For<DisassociateQualificationFromWorkerOperation, DisassociateQualificationFromWorkerRequest, DisassociateQualificationFromWorkerResponse>(
            WireJson.Default.DisassociateQualificationFromWorkerRequest, WireJson.Default.DisassociateQualificationFromWorkerResponse),
        ["GetAccountBalance"] = OperationBinding.For<GetAccountBalanceOperation, GetAccountBalanceRequest, GetAccountBalanceResponse>(
            WireJson.Default.GetAccountBalanceRequest, WireJson.Default.GetAccountBalanceResponse),
        ["GetAssignment"] = OperationBinding.For<GetAssignmentOperation, GetAssignmentRequest, GetAssignmentResponse>(
            WireJson.Default.GetAssignmentRequest, WireJson.Default.GetAssignmentResponse),
        ["GetFileUploadURL"] = null,
        ["GetHIT"] = OperationBinding.For<GetHitOperation, GetHITRequest, GetHITResponse>(
            WireJson.Default.GetHITRequest, WireJson.Default.GetHITResponse),
        ["GetQualificationScore"] = OperationBinding.For<GetQualificationScoreOperation, GetQualificationScoreRequest, GetQualificationScoreResponse>(
            WireJson.Default.GetQualificationScoreRequest, WireJson.Default.GetQualificationScoreResponse),
        ["GetQualificationType"] = OperationBinding.For<GetQualificationTypeOperation, GetQualificationTypeRequest, GetQualificationTypeResponse>(
            WireJson.Default.GetQualificationTypeRequest, WireJson.Default.GetQualificationTypeResponse),
        ["ListAssignmentsForHIT"] = OperationBinding.For<ListAssignmentsForHitOperation, ListAssignmentsForHITRequest, ListAssignmentsForHITResponse>(
            WireJson.Default.ListAssignmentsForHITRequest, WireJson.Default.ListAssignmentsForHITResponse),
        ["ListBonusPayments"] = OperationBinding.For<ListBonusPaymentsOperation, ListBonusPaymentsRequest, ListBonusPaymentsResponse>(
            WireJson.Default.ListBonusPaymentsRequest, WireJson.Default.ListBonusPaymentsResponse),
        ["ListHITs"] = OperationBinding.For<ListHitsOperation, ListHITsRequest, ListHITsResponse>(
            WireJson.Default.ListHITsRequest, WireJson.Default.ListHITsResponse),
        ["ListHITsForQualificationType"] = OperationBinding.For<ListHitsForQualificationTypeOperation, ListHITsForQualificationTypeRequest, ListHITsForQualificationTypeResponse>(
            WireJson.Default.ListHITsForQualificationTypeRequest, WireJson.Default.ListHITsForQualificationTypeResponse),
        ["ListQualificationRequests"] = OperationBinding.For<ListQualificationRequestsOperation, ListQualificationRequestsRequest, ListQualificationRequestsResponse>(
            WireJson.Default.ListQualificationRequestsRequest, WireJson.Default.ListQualificationRequestsResponse),
        ["ListQualificationTypes"] = OperationBinding.For<ListQualificationTypesOperation, ListQualificationTypesRequest, ListQualificationTypesResponse>(
            WireJson.Default.ListQualificationTypesRequest, WireJson.Default.ListQualificationTypesResponse),
        ["ListReviewPolicyResultsForHIT"] = null,
        ["ListReviewableHITs"] = OperationBinding.For<ListReviewableHitsOperation, ListReviewableHITsRequest, ListReviewableHITsResponse>(
            WireJson.Default.ListReviewableHITsRequest, WireJson.Default.ListReviewableHITsResponse),
        ["ListWorkerBlocks"] = OperationBinding.For<ListWorkerBlocksOperation, ListWorkerBlocksRequest, ListWorkerBlocksResponse>(
            WireJson.Default.ListWorkerBlocksRequest, WireJson.Default.ListWorkerBlocksResponse),
        ["ListWorkersWithQualificationType"] = OperationBinding.For<ListWorkersWithQualificationTypeOperation, ListWorkersWithQualificationTypeRequest, ListWorkersWithQualificationTypeResponse>(
            WireJson.Default.ListWorkersWithQualificationTypeRequest, WireJson.Default.ListWorkersWithQualificationTypeResponse),
        ["NotifyWorkers"] = null,
        ["RejectAssignment"] = OperationBinding.For<RejectAssignmentOperation, RejectAssignmentRequest, RejectAssignmentResponse>(
            WireJson.Default.RejectAssignmentRequest, WireJson.Default.RejectAssignmentResponse),
        ["RejectQualificationRequest"] = OperationBinding.For<RejectQualificationRequestOperation, RejectQualificationRequestRequest, RejectQualificationRequestResponse>(
            WireJson.Default.RejectQualificationRequestRequest, WireJson.Default.RejectQualificationRequestResponse),
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
        ["UpdateQualificationType"] = OperationBinding.For<UpdateQualificationTypeOperation, UpdateQualificationTypeRequest, UpdateQualificationTypeResponse>(
            WireJson.Default.UpdateQualificationTypeRequest, WireJson.Default.UpdateQualificationTypeResponse),
    };
}
