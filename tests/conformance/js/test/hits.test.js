// GetHIT, UpdateExpirationForHIT, UpdateHITTypeOfHIT and DeleteHIT.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CreateHITTypeCommand,
  CreateHITWithHITTypeCommand,
  DeleteHITCommand,
  GetHITCommand,
  UpdateExpirationForHITCommand,
  UpdateHITTypeOfHITCommand,
} from '@aws-sdk/client-mturk';
import {
  LOCALE,
  MASTERS,
  QUESTION_FORM,
  allHits,
  client,
  createHit,
  createHitType,
  expectRequestError,
  expectValidationException,
  expire,
  hitTypeProperties,
  htmlQuestion,
  unique,
  unknownId,
} from './helpers.js';

const mturk = client();
const getHit = async (HITId) => (await mturk.send(new GetHITCommand({ HITId }))).HIT;

function withoutMetadata(response) {
  const { $metadata, ...rest } = response;
  return rest;
}

describe('GetHIT', () => {
  it('GetHIT returns what CreateHIT returned', async () => {
    const created = await createHit(mturk, {
      Question: QUESTION_FORM,
      MaxAssignments: 2,
      RequesterAnnotation: 'read-back',
      QualificationRequirements: [{ QualificationTypeId: LOCALE, Comparator: 'NotIn', LocaleValues: [{ Country: 'FR' }] }],
    });
    assert.deepEqual(await getHit(created.HITId), created);
  });

  it('the question is returned byte for byte, whatever its characters', async () => {
    const Question = htmlQuestion('<p>Straßenschilder — été 🚦 &amp; "quotes" \'apostrophes\' &lt;tags&gt;</p>');
    const created = await createHit(mturk, { Question });
    assert.equal((await getHit(created.HITId)).Question, Question);
  });

  it('GetHIT of an unknown HIT says it does not exist', async () => {
    const HITId = unknownId();
    const error = await expectRequestError(mturk.send(new GetHITCommand({ HITId })), 'AWS.MechanicalTurk.HITDoesNotExist');
    assert.ok(error.message.startsWith(`Hit ${HITId} does not exist.`), error.message);
  });

  it('a lowercase HIT id is a ValidationException', async () => {
    const error = await expectValidationException(mturk.send(new GetHITCommand({ HITId: '3abc' })));
    assert.match(error.message, /regular expression pattern/);
  });
});

describe('UpdateExpirationForHIT', () => {
  it('ExpireAt 0 expires the HIT at once', async () => {
    const hit = await createHit(mturk);
    const response = await mturk.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: new Date(0) }));
    assert.deepEqual(withoutMetadata(response), {});
    const fetched = await getHit(hit.HITId);
    assert.equal(fetched.HITStatus, 'Reviewable');
    assert.ok(fetched.Expiration.getTime() <= Date.now() + 5000);
  });

  it('a time in the past expires the HIT at once', async () => {
    const hit = await createHit(mturk);
    await mturk.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: new Date('2020-01-01T00:00:00Z') }));
    assert.equal((await getHit(hit.HITId)).HITStatus, 'Reviewable');
  });

  it('a later time extends the HIT', async () => {
    const hit = await createHit(mturk, { LifetimeInSeconds: 3600 });
    const later = new Date(Math.floor(hit.Expiration.getTime() / 1000) * 1000 + 5 * 3600_000);
    await mturk.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: later }));
    const fetched = await getHit(hit.HITId);
    assert.equal(fetched.Expiration.getTime(), later.getTime());
    assert.equal(fetched.HITStatus, 'Assignable');
  });

  it('an expired HIT given a future time is assignable again', async () => {
    const hit = await createHit(mturk, { MaxAssignments: 2 });
    await expire(mturk, hit.HITId);
    const later = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 3600_000);
    await mturk.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: later }));
    const fetched = await getHit(hit.HITId);
    assert.equal(fetched.HITStatus, 'Assignable');
    assert.equal(fetched.Expiration.getTime(), later.getTime());
    assert.equal(fetched.NumberOfAssignmentsAvailable, 2);
  });

  it('shortening to an earlier future time is refused', async () => {
    const hit = await createHit(mturk, { LifetimeInSeconds: 7200 });
    const error = await expectRequestError(
      mturk.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: new Date(Date.now() + 3600_000) })),
      'AWS.MechanicalTurk.InvalidParameterValue',
    );
    assert.ok(error.message.startsWith('You cannot shorten'), error.message);
    assert.equal((await getHit(hit.HITId)).Expiration.getTime(), hit.Expiration.getTime());
  });

  it('UpdateExpirationForHIT of an unknown HIT says it does not exist', async () => {
    await expectRequestError(
      mturk.send(new UpdateExpirationForHITCommand({ HITId: unknownId(), ExpireAt: new Date(0) })),
      'AWS.MechanicalTurk.HITDoesNotExist',
    );
  });
});

describe('UpdateHITTypeOfHIT', () => {
  it('the HIT takes the new type\'s properties and group', async () => {
    const hit = await createHit(mturk, { Reward: '0.10' });
    const Title = unique('retyped');
    const { HITTypeId } = await mturk.send(
      new CreateHITTypeCommand(
        hitTypeProperties({
          Title,
          Reward: '0.20',
          Description: 'The new description',
          Keywords: 'new, keywords',
          AssignmentDurationInSeconds: 1800,
          QualificationRequirements: [{ QualificationTypeId: MASTERS, Comparator: 'Exists' }],
        }),
      ),
    );
    const { HIT: sibling } = await mturk.send(
      new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, Question: htmlQuestion() }),
    );
    const response = await mturk.send(new UpdateHITTypeOfHITCommand({ HITId: hit.HITId, HITTypeId }));
    assert.deepEqual(withoutMetadata(response), {});
    const moved = await getHit(hit.HITId);
    assert.equal(moved.HITTypeId, HITTypeId);
    assert.equal(moved.HITGroupId, sibling.HITGroupId);
    assert.notEqual(moved.HITGroupId, hit.HITGroupId);
    assert.equal(moved.Title, Title);
    assert.equal(moved.Description, 'The new description');
    assert.equal(moved.Keywords, 'new, keywords');
    assert.equal(moved.Reward, '0.20');
    assert.equal(moved.AssignmentDurationInSeconds, 1800);
    assert.deepEqual(moved.QualificationRequirements.map((r) => r.QualificationTypeId), [MASTERS]);
    assert.equal(moved.Question, hit.Question);
    assert.equal(moved.CreationTime.getTime(), hit.CreationTime.getTime());
  });

  it('UpdateHITTypeOfHIT to an unknown HIT type is refused', async () => {
    const hit = await createHit(mturk);
    await expectRequestError(
      mturk.send(new UpdateHITTypeOfHITCommand({ HITId: hit.HITId, HITTypeId: unknownId() })),
      'AWS.MechanicalTurk.HITTypeDoesNotExist',
    );
  });

  it('UpdateHITTypeOfHIT of an unknown HIT says it does not exist', async () => {
    await expectRequestError(
      mturk.send(new UpdateHITTypeOfHITCommand({ HITId: unknownId(), HITTypeId: await createHitType(mturk) })),
      'AWS.MechanicalTurk.HITDoesNotExist',
    );
  });
});

describe('DeleteHIT', () => {
  it('an expired HIT can be deleted, leaves the list and reads as Disposed', async () => {
    const hit = await createHit(mturk);
    await expire(mturk, hit.HITId);
    const response = await mturk.send(new DeleteHITCommand({ HITId: hit.HITId }));
    assert.deepEqual(withoutMetadata(response), {});
    assert.ok(!(await allHits(mturk)).some((h) => h.HITId === hit.HITId));
    assert.equal((await getHit(hit.HITId)).HITStatus, 'Disposed');
  });

  it('a live HIT cannot be deleted', async () => {
    const hit = await createHit(mturk);
    const error = await expectRequestError(mturk.send(new DeleteHITCommand({ HITId: hit.HITId })), 'AWS.MechanicalTurk.InvalidHITState');
    assert.ok(
      error.message.startsWith(
        "This HIT is currently in the state 'Assignable'. This operation can be called with a status of: Reviewing, Reviewable",
      ),
      error.message,
    );
    assert.equal((await getHit(hit.HITId)).HITStatus, 'Assignable');
  });

  it('DeleteHIT of an unknown HIT says it does not exist', async () => {
    await expectRequestError(mturk.send(new DeleteHITCommand({ HITId: unknownId() })), 'AWS.MechanicalTurk.HITDoesNotExist');
  });
});
