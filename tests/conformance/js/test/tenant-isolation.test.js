// Another requester's HITs and HIT types do not exist for you.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CreateHITWithHITTypeCommand,
  DeleteHITCommand,
  GetHITCommand,
  UpdateExpirationForHITCommand,
  UpdateHITTypeOfHITCommand,
} from '@aws-sdk/client-mturk';
import { allHits, client, createHit, createHitType, expectRequestError, expire, htmlQuestion } from './helpers.js';

const mturk = client();
const other = client('OTHER');

async function expectDoesNotExist(promise, hitId) {
  const error = await expectRequestError(promise, 'AWS.MechanicalTurk.HITDoesNotExist');
  assert.ok(error.message.startsWith(`Hit ${hitId} does not exist.`), error.message);
}

describe('Tenant isolation', () => {
  it('GetHIT of another requester\'s HIT says it does not exist', async () => {
    const foreign = await createHit(other);
    await expectDoesNotExist(mturk.send(new GetHITCommand({ HITId: foreign.HITId })), foreign.HITId);
  });

  it('UpdateExpirationForHIT of another requester\'s HIT says it does not exist and changes nothing', async () => {
    const foreign = await createHit(other);
    await expectDoesNotExist(
      mturk.send(new UpdateExpirationForHITCommand({ HITId: foreign.HITId, ExpireAt: new Date(0) })),
      foreign.HITId,
    );
    assert.equal((await other.send(new GetHITCommand({ HITId: foreign.HITId }))).HIT.HITStatus, 'Assignable');
  });

  it('UpdateHITTypeOfHIT of another requester\'s HIT says it does not exist', async () => {
    const foreign = await createHit(other);
    await expectDoesNotExist(
      mturk.send(new UpdateHITTypeOfHITCommand({ HITId: foreign.HITId, HITTypeId: await createHitType(mturk) })),
      foreign.HITId,
    );
  });

  it('DeleteHIT of another requester\'s expired HIT says it does not exist', async () => {
    const foreign = await createHit(other);
    await expire(other, foreign.HITId);
    await expectDoesNotExist(mturk.send(new DeleteHITCommand({ HITId: foreign.HITId })), foreign.HITId);
    assert.equal((await other.send(new GetHITCommand({ HITId: foreign.HITId }))).HIT.HITStatus, 'Reviewable');
  });

  it('ListHITs shows only the caller\'s HITs', async () => {
    const foreign = await createHit(other);
    const mine = await createHit(mturk);
    const myIds = (await allHits(mturk)).map((h) => h.HITId);
    const theirIds = (await allHits(other)).map((h) => h.HITId);
    assert.ok(myIds.includes(mine.HITId));
    assert.ok(!myIds.includes(foreign.HITId));
    assert.ok(theirIds.includes(foreign.HITId));
    assert.ok(!theirIds.includes(mine.HITId));
  });

  it('another requester\'s HIT type does not exist for CreateHITWithHITType', async () => {
    const foreignType = await createHitType(other);
    await expectRequestError(
      mturk.send(new CreateHITWithHITTypeCommand({ HITTypeId: foreignType, LifetimeInSeconds: 600, Question: htmlQuestion() })),
      'AWS.MechanicalTurk.HITTypeDoesNotExist',
    );
  });

  it('another requester\'s HIT type does not exist for UpdateHITTypeOfHIT', async () => {
    const hit = await createHit(mturk);
    await expectRequestError(
      mturk.send(new UpdateHITTypeOfHITCommand({ HITId: hit.HITId, HITTypeId: await createHitType(other) })),
      'AWS.MechanicalTurk.HITTypeDoesNotExist',
    );
  });
});
