using Kempelen.Qualifications;

namespace Kempelen.WorkerApp.Api;

/// <summary>GET /qualifications: the worker's computed system values, their grants (revoked ones with the reason) and their requests.</summary>
public sealed record MyQualificationList(List<SystemQualificationValue> SystemQualifications, List<MyQualification> Qualifications, List<MyQualificationRequest> QualificationRequests)
{
    public static MyQualificationList From(WorkerQualifications.Mine mine) => new(
        mine.System.Select(s => SystemQualificationValue.From(s.Type.Id, s.Type.Name, s.Value)).ToList(),
        mine.Held.Select(MyQualification.From).ToList(),
        mine.Requests.Select(MyQualificationRequest.From).ToList());
}

/// <summary>A system value; Masters and an unset locale are absent values (null), not zero.</summary>
public sealed record SystemQualificationValue(string QualificationTypeId, string Name, int? IntegerValue, LocaleValue? LocaleValue)
{
    public static SystemQualificationValue From(string id, string name, HeldQualification? value) =>
        new(id, name, value?.IntegerValue, value?.LocaleValue is { } locale ? LocaleValue.From(locale) : null);
}

public sealed record MyQualification(string QualificationTypeId, string Name, int IntegerValue, string Status, DateTime GrantTime, string? RevokeReason)
{
    public static MyQualification From(WorkerQualifications.Held held) =>
        new(held.TypeId.Value, held.Name, held.IntegerValue, held.Status.ToString(), held.GrantTime, held.RevokeReason);
}

public sealed record MyQualificationRequest(
    string QualificationRequestId,
    string QualificationTypeId,
    string Name,
    string Status,
    DateTime CreationTime,
    DateTime? TestDeadline,
    DateTime? SubmitTime,
    int? IntegerValue,
    string? Reason)
{
    public static MyQualificationRequest From(WorkerQualifications.Asked asked) => new(
        asked.Id.Value,
        asked.TypeId.Value,
        asked.Name,
        asked.Status.ToString(),
        asked.CreatedAt,
        asked.TestDeadline,
        asked.SubmitTime,
        asked.GrantedValue,
        asked.Reason);
}

/// <summary>
/// GET /qualification-types/{id}: any type, a requester's or a system one. The test is shown, never the answer key
/// (mturk-compat §9.5). MyStanding says what the worker holds, their latest request, and whether they may ask now.
/// </summary>
public sealed record WorkerQualificationType(
    string QualificationTypeId,
    string Name,
    string Description,
    string? RequesterName,
    string QualificationTypeStatus,
    bool IsRequestable,
    bool AutoGranted,
    int? AutoGrantedValue,
    string? Test,
    long? TestDurationInSeconds,
    long? RetryDelayInSeconds,
    MyStanding MyStanding)
{
    public static WorkerQualificationType From(WorkerQualifications.TypeView view) => new(
        view.Id,
        view.Name,
        view.Description,
        view.RequesterName,
        (view.Type?.Status ?? Qualifications.QualificationTypeStatus.Active).ToString(),
        view.Type is not null,
        view.Type?.AutoGranted ?? false,
        view.Type is { AutoGranted: true } auto ? auto.AutoGrantedValue : null,
        view.Type?.Test,
        view.Type?.TestDurationInSeconds,
        view.Type?.RetryDelayInSeconds,
        new MyStanding(
            view.Value?.IntegerValue,
            view.Value?.LocaleValue is { } locale ? LocaleValue.From(locale) : null,
            view.Grant?.Status.ToString(),
            view.Grant?.GrantTime,
            view.Grant?.RevokeReason,
            view.LatestRequest is { } latest ? MyQualificationRequest.From(latest) : null,
            view.Type is not null && !view.RequestOpen && view.RequestRefusal is null,
            view.RequestRefusal));
}

public sealed record MyStanding(
    int? IntegerValue,
    LocaleValue? LocaleValue,
    string? Status,
    DateTime? GrantTime,
    string? RevokeReason,
    MyQualificationRequest? LatestRequest,
    bool CanRequest,
    string? RequestRefusal);

/// <summary>POST /qualification-types/{id}/request: Granted (with the value), Pending, or TakingTest (with the test and its deadline).</summary>
public sealed record QualificationRequestOutcome(string Outcome, string QualificationTypeId, string? QualificationRequestId, int? IntegerValue, DateTime? TestDeadline, string? Test)
{
    public static QualificationRequestOutcome From(QualificationAsk ask) => new(
        ask.Outcome.ToString(),
        ask.Type.Id.Value,
        ask.Request?.Id.Value,
        ask.GrantedValue,
        ask.Outcome == QualificationAskOutcome.TakingTest ? ask.Request?.TestDeadline : null,
        ask.Outcome == QualificationAskOutcome.TakingTest ? ask.Request?.Test : null);
}
