// Another requester's HITs and HIT types do not exist for you.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApproveAssignmentCommand,
  CreateAdditionalAssignmentsForHITCommand,
  CreateHITWithHITTypeCommand,
  DeleteHITCommand,
  GetAssignmentCommand,
  GetHITCommand,
  ListAssignmentsForHITCommand,
  ListBonusPaymentsCommand,
  ListReviewableHITsCommand,
  RejectAssignmentCommand,
  SendBonusCommand,
  UpdateHITReviewStatusCommand,
  UpdateExpirationForHITCommand,
  UpdateHITTypeOfHITCommand,
} from '@aws-sdk/client-mturk';
import { allHits, client, createHit, createHitType, expectRequestError, expire, htmlQuestion, submittedAssignment, worker } from './helpers.js';

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

describe('Tenant isolation of assignments', () => {
  async function expectAssignmentDoesNotExist(promise, assignmentId) {
    const error = await expectRequestError(promise, 'AWS.MechanicalTurk.AssignmentDoesNotExist');
    assert.ok(error.message.startsWith(`Assignment ${assignmentId} does not exist.`), error.message);
  }

  it('another requester\'s assignment does not exist for GetAssignment, ApproveAssignment, RejectAssignment and SendBonus', async () => {
    const { assignmentId } = await submittedAssignment(other, 1);
    await expectAssignmentDoesNotExist(mturk.send(new GetAssignmentCommand({ AssignmentId: assignmentId })), assignmentId);
    await expectAssignmentDoesNotExist(mturk.send(new ApproveAssignmentCommand({ AssignmentId: assignmentId })), assignmentId);
    await expectAssignmentDoesNotExist(mturk.send(new RejectAssignmentCommand({ AssignmentId: assignmentId, RequesterFeedback: 'No.' })), assignmentId);
    await expectAssignmentDoesNotExist(
      mturk.send(new SendBonusCommand({ WorkerId: worker(1).id, AssignmentId: assignmentId, BonusAmount: '1.00', Reason: 'Mine?' })),
      assignmentId,
    );
    assert.equal((await other.send(new GetAssignmentCommand({ AssignmentId: assignmentId }))).Assignment.AssignmentStatus, 'Submitted');
  });

  it('another requester\'s HIT does not exist for ListAssignmentsForHIT, UpdateHITReviewStatus and CreateAdditionalAssignmentsForHIT', async () => {
    const { hit } = await submittedAssignment(other, 1);
    await expectDoesNotExist(mturk.send(new ListAssignmentsForHITCommand({ HITId: hit.HITId })), hit.HITId);
    await expectDoesNotExist(mturk.send(new UpdateHITReviewStatusCommand({ HITId: hit.HITId })), hit.HITId);
    await expectDoesNotExist(mturk.send(new CreateAdditionalAssignmentsForHITCommand({ HITId: hit.HITId, NumberOfAdditionalAssignments: 1 })), hit.HITId);
    const theirs = (await other.send(new GetHITCommand({ HITId: hit.HITId }))).HIT;
    assert.deepEqual([theirs.HITStatus, theirs.MaxAssignments], ['Reviewable', 1]);
  });

  it('another requester\'s HIT and assignment do not exist for ListBonusPayments', async () => {
    const { hit, assignmentId } = await submittedAssignment(other, 1);
    await other.send(new SendBonusCommand({ WorkerId: worker(1).id, AssignmentId: assignmentId, BonusAmount: '0.01', Reason: 'Theirs.' }));
    await expectDoesNotExist(mturk.send(new ListBonusPaymentsCommand({ HITId: hit.HITId })), hit.HITId);
    await expectAssignmentDoesNotExist(mturk.send(new ListBonusPaymentsCommand({ AssignmentId: assignmentId })), assignmentId);
  });

  it('ListReviewableHITs shows only the caller\'s HITs', async () => {
    const { hit } = await submittedAssignment(other, 1);
    const theirs = await other.send(new ListReviewableHITsCommand({ HITTypeId: hit.HITTypeId }));
    assert.deepEqual(theirs.HITs.map((h) => h.HITId), [hit.HITId]);
    const mine = await mturk.send(new ListReviewableHITsCommand({ HITTypeId: hit.HITTypeId }));
    assert.deepEqual(mine.HITs, []);
  });
});
