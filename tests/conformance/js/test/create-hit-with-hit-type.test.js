import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { CreateHITTypeCommand, CreateHITWithHITTypeCommand } from '@aws-sdk/client-mturk';
import {
  EXTERNAL_QUESTION,
  ID,
  ID_TOKEN,
  PERCENT_APPROVED,
  balance,
  client,
  createHitType,
  expectParameterValidationError,
  expectRequestError,
  expectValidationException,
  hitTypeProperties,
  htmlQuestion,
  unique,
  unknownId,
} from './helpers.js';

const mturk = client();

function createWithType(input, requester = mturk) {
  return requester.send(new CreateHITWithHITTypeCommand({ LifetimeInSeconds: 600, Question: htmlQuestion(), ...input }));
}

describe('CreateHITWithHITType', () => {
  it('the HIT takes its properties from the HIT type', async () => {
    const Title = unique('typed');
    const { HITTypeId } = await mturk.send(
      new CreateHITTypeCommand({
        Title,
        Description: 'Typed description',
        Reward: '0.3',
        AssignmentDurationInSeconds: 1200,
        AutoApprovalDelayInSeconds: 7200,
        Keywords: 'typed, hit',
        QualificationRequirements: [{ QualificationTypeId: PERCENT_APPROVED, Comparator: 'GreaterThan', IntegerValues: [90] }],
      }),
    );
    const Question = htmlQuestion('<p>typed</p>');
    const { HIT: hit } = await createWithType({ HITTypeId, MaxAssignments: 2, LifetimeInSeconds: 3600, Question, RequesterAnnotation: 'typed-annotation' });
    assert.match(hit.HITId, ID);
    assert.equal(hit.HITTypeId, HITTypeId);
    assert.match(hit.HITGroupId, ID);
    assert.equal(hit.Title, Title);
    assert.equal(hit.Description, 'Typed description');
    assert.equal(hit.Reward, '0.30');
    assert.equal(hit.AssignmentDurationInSeconds, 1200);
    assert.equal(hit.AutoApprovalDelayInSeconds, 7200);
    assert.equal(hit.Keywords, 'typed, hit');
    assert.equal(hit.MaxAssignments, 2);
    assert.equal(hit.NumberOfAssignmentsAvailable, 2);
    assert.equal(hit.NumberOfAssignmentsPending, 0);
    assert.equal(hit.NumberOfAssignmentsCompleted, 0);
    assert.equal(hit.RequesterAnnotation, 'typed-annotation');
    assert.equal(hit.Question, Question);
    assert.equal(hit.HITStatus, 'Assignable');
    assert.equal(hit.HITReviewStatus, 'NotReviewed');
    assert.equal(hit.Expiration.getTime() - hit.CreationTime.getTime(), 3600_000);
    assert.deepEqual(hit.QualificationRequirements.map((r) => [r.QualificationTypeId, r.Comparator, r.IntegerValues]), [
      [PERCENT_APPROVED, 'GreaterThan', [90]],
    ]);
  });

  it('MaxAssignments defaults to one', async () => {
    const { HIT: hit } = await createWithType({ HITTypeId: await createHitType(mturk), Question: EXTERNAL_QUESTION });
    assert.equal(hit.MaxAssignments, 1);
    assert.equal(hit.NumberOfAssignmentsAvailable, 1);
  });

  it('HITs of one type share the HIT group', async () => {
    const HITTypeId = await createHitType(mturk);
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push((await createWithType({ HITTypeId })).HIT);
    assert.equal(new Set(hits.map((h) => h.HITId)).size, 3);
    assert.deepEqual([...new Set(hits.map((h) => h.HITTypeId))], [HITTypeId]);
    assert.equal(new Set(hits.map((h) => h.HITGroupId)).size, 1);
  });

  it('an unknown HIT type is refused', async () => {
    await expectRequestError(createWithType({ HITTypeId: unknownId() }), 'AWS.MechanicalTurk.HITTypeDoesNotExist');
  });

  it('both a question and a layout are refused', async () => {
    await expectRequestError(
      createWithType({ HITTypeId: await createHitType(mturk), HITLayoutId: unknownId() }),
      'AWS.MechanicalTurk.InvalidParameterValue',
    );
  });

  it('neither a question nor a layout is refused', async () => {
    await expectRequestError(
      createWithType({ HITTypeId: await createHitType(mturk), Question: undefined }),
      'AWS.MechanicalTurk.InvalidParameterValue',
    );
  });

  it('an unknown layout is refused', async () => {
    await expectRequestError(
      createWithType({
        HITTypeId: await createHitType(mturk),
        Question: undefined,
        HITLayoutId: unknownId(),
        HITLayoutParameters: [{ Name: 'image_url', Value: 'https://example.org/a.png' }],
      }),
      'AWS.MechanicalTurk.HITLayoutDoesNotExist',
    );
  });

  it('an invalid question is a parameter validation error', async () => {
    await expectParameterValidationError(
      createWithType({ HITTypeId: await createHitType(mturk), Question: '<Nonsense/>' }),
      'Question',
    );
  });

  it('a missing lifetime is a ValidationException', async () => {
    const error = await expectValidationException(
      createWithType({ HITTypeId: await createHitType(mturk), LifetimeInSeconds: undefined }),
    );
    assert.match(error.message, /'lifetimeInSeconds' failed to satisfy constraint: Member must not be null/);
  });

  it('a repeated UniqueRequestToken fails with HitAlreadyExists naming the first HIT', async () => {
    const HITTypeId = await createHitType(mturk);
    const UniqueRequestToken = `conformance-${randomUUID()}`;
    const { HIT: first } = await createWithType({ HITTypeId, UniqueRequestToken });
    const error = await expectRequestError(
      createWithType({ HITTypeId, UniqueRequestToken }),
      'AWS.MechanicalTurk.HitAlreadyExists',
    );
    assert.deepEqual(error.message.match(ID_TOKEN), [first.HITId]);
  });

  it('a HIT the requester cannot pay for is refused with InsufficientFunds', async () => {
    const poor = client('POOR');
    const { HITTypeId } = await poor.send(new CreateHITTypeCommand(hitTypeProperties({ Reward: '0.50' })));
    const before = await balance(poor);
    const error = await expectRequestError(createWithType({ HITTypeId }, poor), 'AWS.MechanicalTurk.InsufficientFunds');
    assert.match(error.message, /insufficient funds/);
    assert.deepEqual(await balance(poor), before);
  });
});
