import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { CreateHITCommand } from '@aws-sdk/client-mturk';
import {
  EXTERNAL_QUESTION,
  ID,
  ID_TOKEN,
  LOCALE,
  MASTERS,
  PERCENT_APPROVED,
  QUESTION_FORM,
  allHits,
  balance,
  client,
  createHit,
  expectParameterValidationError,
  expectRequestError,
  expectValidationException,
  externalQuestion,
  hitProperties,
  htmlQuestion,
  unique,
  unknownId,
} from './helpers.js';

const mturk = client();

describe('CreateHIT', () => {
  it('a new HIT is assignable and echoes what was sent', async () => {
    const Title = unique('create');
    const Question = htmlQuestion('<p>Which word is a colour?</p>');
    const { HIT: hit, $metadata } = await mturk.send(
      new CreateHITCommand({
        Title,
        Description: 'Pick the colour word',
        Keywords: 'colour, words',
        Reward: '0.25',
        MaxAssignments: 3,
        LifetimeInSeconds: 7200,
        AssignmentDurationInSeconds: 900,
        AutoApprovalDelayInSeconds: 86400,
        Question,
        RequesterAnnotation: 'batch-7',
      }),
    );
    assert.equal($metadata.httpStatusCode, 200);
    assert.match($metadata.requestId, /^[0-9a-f-]{36}$/);
    assert.match(hit.HITId, ID);
    assert.match(hit.HITTypeId, ID);
    assert.match(hit.HITGroupId, ID);
    assert.notEqual(hit.HITGroupId, hit.HITTypeId);
    assert.equal(hit.Title, Title);
    assert.equal(hit.Description, 'Pick the colour word');
    assert.equal(hit.Keywords, 'colour, words');
    assert.equal(hit.Reward, '0.25');
    assert.equal(hit.MaxAssignments, 3);
    assert.equal(hit.AssignmentDurationInSeconds, 900);
    assert.equal(hit.AutoApprovalDelayInSeconds, 86400);
    assert.equal(hit.RequesterAnnotation, 'batch-7');
    assert.equal(hit.Question, Question);
    assert.equal(hit.HITStatus, 'Assignable');
    assert.equal(hit.HITReviewStatus, 'NotReviewed');
    assert.equal(hit.NumberOfAssignmentsAvailable, 3);
    assert.equal(hit.NumberOfAssignmentsPending, 0);
    assert.equal(hit.NumberOfAssignmentsCompleted, 0);
    assert.ok(hit.CreationTime instanceof Date);
    assert.ok(Math.abs(hit.CreationTime.getTime() - Date.now()) < 300_000);
    assert.equal(hit.Expiration.getTime() - hit.CreationTime.getTime(), 7200_000);
  });

  it('the reward comes back with two decimals', async () => {
    for (const [given, expected] of [['0.5', '0.50'], ['1', '1.00'], ['2.', '2.00']]) {
      assert.equal((await createHit(mturk, { Reward: given })).Reward, expected);
    }
  });

  it('HITs with identical properties share the HIT type and group', async () => {
    const Title = unique('group');
    const first = await createHit(mturk, { Title });
    const second = await createHit(mturk, { Title });
    assert.notEqual(first.HITId, second.HITId);
    assert.equal(first.HITTypeId, second.HITTypeId);
    assert.equal(first.HITGroupId, second.HITGroupId);
  });

  it('an ExternalQuestion and a QuestionForm are echoed verbatim', async () => {
    for (const Question of [EXTERNAL_QUESTION, QUESTION_FORM]) {
      assert.equal((await createHit(mturk, { Question })).Question, Question);
    }
  });

  it('qualification requirements are echoed with ActionsGuarded and RequiredToPreview', async () => {
    const QualificationRequirements = [
      { QualificationTypeId: PERCENT_APPROVED, Comparator: 'GreaterThanOrEqualTo', IntegerValues: [95] },
      { QualificationTypeId: LOCALE, Comparator: 'In', LocaleValues: [{ Country: 'US', Subdivision: 'NY' }, { Country: 'CA' }], ActionsGuarded: 'PreviewAndAccept' },
      { QualificationTypeId: MASTERS, Comparator: 'Exists', RequiredToPreview: true },
    ];
    const hit = await createHit(mturk, { QualificationRequirements });
    const withoutEmptyLists = (requirement) =>
      Object.fromEntries(Object.entries(requirement).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
    assert.deepEqual(hit.QualificationRequirements.map(withoutEmptyLists), [
      { QualificationTypeId: PERCENT_APPROVED, Comparator: 'GreaterThanOrEqualTo', IntegerValues: [95], ActionsGuarded: 'Accept', RequiredToPreview: false },
      { QualificationTypeId: LOCALE, Comparator: 'In', LocaleValues: [{ Country: 'US', Subdivision: 'NY' }, { Country: 'CA' }], ActionsGuarded: 'PreviewAndAccept', RequiredToPreview: true },
      { QualificationTypeId: MASTERS, Comparator: 'Exists', ActionsGuarded: 'PreviewAndAccept', RequiredToPreview: true },
    ]);
  });

  it('a repeated UniqueRequestToken fails with HitAlreadyExists naming the first HIT', async () => {
    const UniqueRequestToken = randomUUID();
    const first = await createHit(mturk, { UniqueRequestToken });
    const error = await expectRequestError(
      mturk.send(new CreateHITCommand(hitProperties({ UniqueRequestToken }))),
      'AWS.MechanicalTurk.HitAlreadyExists',
    );
    assert.deepEqual(error.message.match(ID_TOKEN), [first.HITId]);
  });

  it('a HIT the requester cannot pay for is refused with InsufficientFunds', async () => {
    const poor = client('POOR');
    const before = await balance(poor);
    const error = await expectRequestError(
      poor.send(new CreateHITCommand(hitProperties({ Reward: '0.50' }))),
      'AWS.MechanicalTurk.InsufficientFunds',
    );
    assert.match(error.message, /insufficient funds/);
    assert.deepEqual(await balance(poor), before);
  });

  it('a lifetime under 30 seconds is a parameter validation error', async () => {
    await expectParameterValidationError(
      mturk.send(new CreateHITCommand(hitProperties({ LifetimeInSeconds: 29 }))),
      'LifetimeInSeconds',
    );
  });

  it('a lifetime over one year is a parameter validation error', async () => {
    await expectParameterValidationError(
      mturk.send(new CreateHITCommand(hitProperties({ LifetimeInSeconds: 31536001 }))),
      'LifetimeInSeconds',
    );
  });

  it('an auto-approval delay over 30 days is a parameter validation error', async () => {
    await expectParameterValidationError(
      mturk.send(new CreateHITCommand(hitProperties({ AutoApprovalDelayInSeconds: 2592001 }))),
      'AutoApprovalDelayInSeconds',
    );
  });

  it('a question over 65535 bytes is a parameter validation error', async () => {
    const Question = htmlQuestion(`<p>${'x'.repeat(65536)}</p>`);
    await expectParameterValidationError(mturk.send(new CreateHITCommand(hitProperties({ Question }))), 'Question');
  });

  it('a question with a DOCTYPE is a parameter validation error', async () => {
    const Question = '<!DOCTYPE HTMLQuestion [<!ENTITY x "y">]>' + htmlQuestion('<p>&x;</p>');
    await expectParameterValidationError(mturk.send(new CreateHITCommand(hitProperties({ Question }))), 'Question');
  });

  it('an ExternalQuestion with an http URL is a parameter validation error', async () => {
    const Question = externalQuestion('http://survey.example.org/task');
    await expectParameterValidationError(mturk.send(new CreateHITCommand(hitProperties({ Question }))), 'Question');
  });

  it('a question with the wrong root element or namespace is a parameter validation error', async () => {
    for (const Question of [
      htmlQuestion().replaceAll('HTMLQuestion', 'HTMLQuiz'),
      htmlQuestion().replace('2011-11-11/HTMLQuestion.xsd', '2006-07-14/ExternalQuestion.xsd'),
    ]) {
      await expectParameterValidationError(mturk.send(new CreateHITCommand(hitProperties({ Question }))), 'Question');
    }
  });

  it('both a question and a layout are refused', async () => {
    await expectRequestError(
      mturk.send(new CreateHITCommand(hitProperties({ HITLayoutId: unknownId() }))),
      'AWS.MechanicalTurk.InvalidParameterValue',
    );
  });

  it('neither a question nor a layout is refused', async () => {
    const props = hitProperties();
    delete props.Question;
    await expectRequestError(mturk.send(new CreateHITCommand(props)), 'AWS.MechanicalTurk.InvalidParameterValue');
  });

  it('an unknown layout is refused', async () => {
    const props = hitProperties({ HITLayoutId: unknownId(), HITLayoutParameters: [{ Name: 'word', Value: 'red' }] });
    delete props.Question;
    await expectRequestError(mturk.send(new CreateHITCommand(props)), 'AWS.MechanicalTurk.HITLayoutDoesNotExist');
  });

  it('an unknown qualification type is refused', async () => {
    const QualificationRequirements = [{ QualificationTypeId: unknownId(), Comparator: 'Exists' }];
    await expectRequestError(
      mturk.send(new CreateHITCommand(hitProperties({ QualificationRequirements }))),
      'AWS.MechanicalTurk.QualificationTypeDoesNotExist',
    );
  });

  it('an unknown comparator is a ValidationException', async () => {
    const QualificationRequirements = [{ QualificationTypeId: MASTERS, Comparator: 'Bogus' }];
    const error = await expectValidationException(
      mturk.send(new CreateHITCommand(hitProperties({ QualificationRequirements }))),
    );
    assert.match(error.message, /Member must satisfy enum value set/);
  });

  it('a refused HIT is not listed', async () => {
    const Title = unique('refused');
    await expectParameterValidationError(mturk.send(new CreateHITCommand(hitProperties({ Title, LifetimeInSeconds: 29 }))));
    assert.deepEqual((await allHits(mturk)).filter((h) => h.Title === Title), []);
  });
});
