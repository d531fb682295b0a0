using Kempelen.Accounts;
using Kempelen.Qualifications;
using Kempelen.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// Qualification set-up for worker-side tests: types, grants, revocations and blocks are made in the database, through
/// the domain, because the requester's MTurk operations for them (CreateQualificationType, Associate…, CreateWorkerBlock)
/// are built separately. Requirements for CreateHIT are built as the wire states them.
/// </summary>
public static class Qualifying
{
    public const string Test = """
        <QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
          <Overview><Title>Colour test</Title></Overview>
          <Question><QuestionIdentifier>sky</QuestionIdentifier><IsRequired>true</IsRequired>
            <QuestionContent><Text>What colour is a clear sky?</Text></QuestionContent>
            <AnswerSpecification><SelectionAnswer><StyleSuggestion>radiobutton</StyleSuggestion>
              <Selections><Selection><SelectionIdentifier>blue</SelectionIdentifier><Text>Blue</Text></Selection>
              <Selection><SelectionIdentifier>green</SelectionIdentifier><Text>Green</Text></Selection></Selections>
            </SelectionAnswer></AnswerSpecification></Question>
          <Question><QuestionIdentifier>grass</QuestionIdentifier><IsRequired>true</IsRequired>
            <QuestionContent><Text>What colour is grass?</Text></QuestionContent>
            <AnswerSpecification><SelectionAnswer><StyleSuggestion>radiobutton</StyleSuggestion>
              <Selections><Selection><SelectionIdentifier>blue</SelectionIdentifier><Text>Blue</Text></Selection>
              <Selection><SelectionIdentifier>green</SelectionIdentifier><Text>Green</Text></Selection></Selections>
            </SelectionAnswer></AnswerSpecification></Question>
          <Question><QuestionIdentifier>comment</QuestionIdentifier><IsRequired>false</IsRequired>
            <QuestionContent><Text>Anything to add?</Text></QuestionContent>
            <AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>
        </QuestionForm>
        """;

    /// <summary>Ten points for each right answer of <see cref="Test"/>; the value is the percentage of 20.</summary>
    public const string PercentageKey = """
        <AnswerKey xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd">
          <Question><QuestionIdentifier>sky</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>blue</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption></Question>
          <Question><QuestionIdentifier>grass</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>green</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption></Question>
          <QualificationValueMapping><PercentageMapping><MaximumSummedScore>20</MaximumSummedScore></PercentageMapping></QualificationValueMapping>
        </AnswerKey>
        """;

    /// <summary>Ten points for each right answer of <see cref="Test"/>: both right is 7, one right is 3, none is 1.</summary>
    public const string RangeKey = """
        <AnswerKey xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd">
          <Question><QuestionIdentifier>sky</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>blue</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption></Question>
          <Question><QuestionIdentifier>grass</QuestionIdentifier>
            <AnswerOption><SelectionIdentifier>green</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption></Question>
          <QualificationValueMapping><RangeMapping>
            <SummedScoreRange><InclusiveLowerBound>20</InclusiveLowerBound><InclusiveUpperBound>20</InclusiveUpperBound><QualificationValue>7</QualificationValue></SummedScoreRange>
            <SummedScoreRange><InclusiveLowerBound>10</InclusiveLowerBound><InclusiveUpperBound>19</InclusiveUpperBound><QualificationValue>3</QualificationValue></SummedScoreRange>
            <OutOfRangeQualificationValue>1</OutOfRangeQualificationValue>
          </RangeMapping></QualificationValueMapping>
        </AnswerKey>
        """;

    public static QualificationTypeTerms Terms(
        string name = "Image tagging",
        string? test = null,
        string? answerKey = null,
        long? testDurationInSeconds = null,
        long? retryDelayInSeconds = null,
        bool? autoGranted = null,
        int? autoGrantedValue = null,
        QualificationTypeStatus? status = null) =>
        new(name, $"Workers who can do {name.ToLowerInvariant()}", "test, skill", status, test, answerKey,
            test is null ? null : testDurationInSeconds ?? 600, retryDelayInSeconds, autoGranted, autoGrantedValue);

    public static Task<string> CreateQualificationTypeAsync(this KempelenApp app, TestRequester owner, QualificationTypeTerms terms) =>
        CreateTypeAsync(app.Scope(), owner, terms);

    public static Task<string> CreateQualificationTypeAsync(this ServedKempelen app, TestRequester owner, QualificationTypeTerms terms) =>
        CreateTypeAsync(app.Scope(), owner, terms);

    /// <summary>The owner changes the type through the domain, as UpdateQualificationType and DeleteQualificationType will.</summary>
    public static async Task ChangeQualificationTypeAsync(this KempelenApp app, string qualificationTypeId, Action<QualificationType> change)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var id = QualificationTypeId.From(qualificationTypeId);
        change(await db.QualificationTypes.SingleAsync(t => t.Id == id, TestContext.Current.CancellationToken));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Grants through GrantQualification, the one way a requester's type is granted.</summary>
    public static async Task GrantAsync(this KempelenApp app, string qualificationTypeId, WorkerId worker, int value)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        await scope.ServiceProvider.GetRequiredService<GrantQualification>()
            .ExecuteAsync(QualificationTypeId.From(qualificationTypeId), worker, value, TestContext.Current.CancellationToken);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task RevokeAsync(this KempelenApp app, string qualificationTypeId, WorkerId worker, string reason)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var id = QualificationTypeId.From(qualificationTypeId);
        var held = await db.Qualifications.SingleAsync(q => q.QualificationTypeId == id && q.WorkerId == worker, TestContext.Current.CancellationToken);
        held.Revoke(reason);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task BlockAsync(this KempelenApp app, TestRequester requester, WorkerId worker, string reason = "Careless work")
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        db.WorkerBlocks.Add(WorkerBlock.Create(requester.Id, worker, reason, app.Time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task VerifyLocaleAsync(this KempelenApp app, WorkerId worker, string country, string? subdivision)
    {
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<VerifyWorkerLocale>().ExecuteAsync(worker, country, subdivision, TestContext.Current.CancellationToken);
    }

    /// <summary>The owner refuses the worker's pending request of the type, as RejectQualificationRequest will.</summary>
    public static async Task RejectPendingRequestAsync(this KempelenApp app, string qualificationTypeId, WorkerId worker, string reason)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var id = QualificationTypeId.From(qualificationTypeId);
        var pending = await db.QualificationRequests.SingleAsync(
            r => r.QualificationTypeId == id && r.WorkerId == worker && r.Status == QualificationRequestStatus.Pending,
            TestContext.Current.CancellationToken);
        pending.Reject(reason, app.Time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A worker's requests of one type as stored, oldest first; for assertions.</summary>
    public static async Task<IReadOnlyList<QualificationRequest>> RequestsAsync(this KempelenApp app, string qualificationTypeId, WorkerId worker)
    {
        await using var scope = app.Scope();
        var id = QualificationTypeId.From(qualificationTypeId);
        return await scope.ServiceProvider.GetRequiredService<KempelenDb>().QualificationRequests.AsNoTracking()
            .Where(r => r.QualificationTypeId == id && r.WorkerId == worker)
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>One QualificationRequirement of CreateHIT, as the wire states it.</summary>
    public static Dictionary<string, object?> Requirement(
        string qualificationTypeId,
        string comparator,
        int[]? integers = null,
        (string Country, string? Subdivision)[]? locales = null,
        string? actionsGuarded = null)
    {
        var requirement = new Dictionary<string, object?> { ["QualificationTypeId"] = qualificationTypeId, ["Comparator"] = comparator };
        if (integers is not null)
        {
            requirement["IntegerValues"] = integers;
        }

        if (locales is not null)
        {
            requirement["LocaleValues"] = locales.Select(l => l.Subdivision is null
                ? new Dictionary<string, string> { ["Country"] = l.Country }
                : new Dictionary<string, string> { ["Country"] = l.Country, ["Subdivision"] = l.Subdivision }).ToArray();
        }

        if (actionsGuarded is not null)
        {
            requirement["ActionsGuarded"] = actionsGuarded;
        }

        return requirement;
    }

    /// <summary>Creates a HIT whose type carries the requirements given; its own title keeps it in its own group.</summary>
    public static async Task<(string HitId, string GroupId)> CreateGuardedHitAsync(this MTurkClient requester, string title, params Dictionary<string, object?>[] requirements)
    {
        var request = HitRequests.CreateHit(title: title).With("QualificationRequirements", requirements);
        var hit = (await requester.CallAsync("CreateHIT", request)).EnsureOk()["HIT"];
        return (hit.GetProperty("HITId").GetString()!, hit.GetProperty("HITGroupId").GetString()!);
    }

    private static async Task<string> CreateTypeAsync(AsyncServiceScope scope, TestRequester owner, QualificationTypeTerms terms)
    {
        await using var _ = scope;
        var db = scope.ServiceProvider.GetRequiredService<KempelenDb>();
        var type = QualificationType.Create(owner.Id, terms, scope.ServiceProvider.GetRequiredService<TimeProvider>().UtcNowToTheMillisecond());
        db.QualificationTypes.Add(type);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return type.Id.Value;
    }
}
