// Work on a HIT as the requester sees it: counters and status while workers accept and submit
// (worker API), GetAssignment, ListAssignmentsForHIT, ListReviewableHITs and UpdateHITReviewStatus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApproveAssignmentCommand,
  CreateHITWithHITTypeCommand,
  GetAssignmentCommand,
  GetHITCommand,
  ListAssignmentsForHITCommand,
  ListReviewableHITsCommand,
  RejectAssignmentCommand,
  UpdateHITReviewStatusCommand,
  paginateListAssignmentsForHIT,
  paginateListReviewableHITs,
} from '@aws-sdk/client-mturk';
import {
  client,
  createHit,
  createHitType,
  expectRequestError,
  expectValidationException,
  expire,
  htmlQuestion,
  submittedAssignment,
  unknownId,
  worker,
} from './helpers.js';

const mturk = client();
const getHit = async (HITId) => (await mturk.send(new GetHITCommand({ HITId }))).HIT;
const counters = async (HITId) => {
  const hit = await getHit(HITId);
  return [hit.HITStatus, hit.NumberOfAssignmentsAvailable, hit.NumberOfAssignmentsPending, hit.NumberOfAssignmentsCompleted];
};

async function reviewableIds(input = {}) {
  const ids = [];
  for await (const page of paginateListReviewableHITs({ client: mturk, pageSize: 100 }, input)) ids.push(...page.HITs.map((h) => h.HITId));
  return ids;
}

describe('Doing work', () => {
  it('accepting and submitting move the counters until the HIT is Reviewable', async () => {
    const { HITId } = await createHit(mturk, { MaxAssignments: 2 });
    assert.deepEqual(await counters(HITId), ['Assignable', 2, 0, 0]);
    const one = await worker(1).accept(HITId);
    assert.deepEqual(await counters(HITId), ['Assignable', 1, 1, 0]);
    const two = await worker(2).accept(HITId);
    assert.deepEqual(await counters(HITId), ['Unassignable', 0, 2, 0]);
    await worker(1).submit(one);
    assert.deepEqual(await counters(HITId), ['Unassignable', 0, 1, 0]);
    await worker(2).submit(two);
    assert.deepEqual(await counters(HITId), ['Reviewable', 0, 0, 0]);
    await mturk.send(new ApproveAssignmentCommand({ AssignmentId: one }));
    await mturk.send(new RejectAssignmentCommand({ AssignmentId: two, RequesterFeedback: 'No.' }));
    assert.deepEqual(await counters(HITId), ['Reviewable', 0, 0, 2]);
  });

  it('a returned assignment gives its slot back and is never listed', async () => {
    const { HITId } = await createHit(mturk);
    const assignmentId = await worker(1).accept(HITId);
    await worker(1).giveBack(assignmentId);
    assert.deepEqual(await counters(HITId), ['Assignable', 1, 0, 0]);
    assert.deepEqual((await mturk.send(new ListAssignmentsForHITCommand({ HITId }))).Assignments, []);
  });
});

describe('GetAssignment', () => {
  it('GetAssignment returns the submitted work and its HIT', async () => {
    const { hit, assignmentId } = await submittedAssignment(mturk, 1, { AssignmentDurationInSeconds: 900, AutoApprovalDelayInSeconds: 7200 });
    const response = await mturk.send(new GetAssignmentCommand({ AssignmentId: assignmentId }));
    const assignment = response.Assignment;
    assert.equal(assignment.AssignmentId, assignmentId);
    assert.equal(assignment.WorkerId, worker(1).id);
    assert.equal(assignment.HITId, hit.HITId);
    assert.equal(assignment.AssignmentStatus, 'Submitted');
    assert.ok(Math.abs(assignment.AcceptTime.getTime() - Date.now()) < 300_000);
    assert.equal(assignment.AutoApprovalTime.getTime() - assignment.SubmitTime.getTime(), 7200_000);
    assert.equal(assignment.Deadline.getTime() - assignment.AcceptTime.getTime(), 900_000);
    assert.equal(assignment.ApprovalTime, undefined);
    assert.equal(assignment.RejectionTime, undefined);
    assert.match(assignment.Answer, /<QuestionIdentifier>colour<\/QuestionIdentifier>/);
    assert.match(assignment.Answer, /<FreeText>red<\/FreeText>/);
    assert.deepEqual(response.HIT, await getHit(hit.HITId));
  });

  it('an accepted assignment not yet submitted is in an invalid state', async () => {
    const { HITId } = await createHit(mturk);
    const AssignmentId = await worker(1).accept(HITId);
    const error = await expectRequestError(mturk.send(new GetAssignmentCommand({ AssignmentId })), 'AWS.MechanicalTurk.InvalidAssignmentState');
    assert.ok(error.message.startsWith('This operation can be called with a status of: Reviewable,Approved,Rejected'), error.message);
  });

  it('an unknown assignment does not exist', async () => {
    await expectRequestError(mturk.send(new GetAssignmentCommand({ AssignmentId: unknownId() })), 'AWS.MechanicalTurk.AssignmentDoesNotExist');
  });

  it('RequesterFeedback and RejectionTime appear once the assignment is rejected', async () => {
    const { assignmentId } = await submittedAssignment(mturk);
    await mturk.send(new RejectAssignmentCommand({ AssignmentId: assignmentId, RequesterFeedback: 'The answer is empty.' }));
    const { Assignment } = await mturk.send(new GetAssignmentCommand({ AssignmentId: assignmentId }));
    assert.equal(Assignment.AssignmentStatus, 'Rejected');
    assert.equal(Assignment.RequesterFeedback, 'The answer is empty.');
    assert.ok(Assignment.RejectionTime instanceof Date);
    assert.equal(Assignment.ApprovalTime, undefined);
  });
});

describe('ListAssignmentsForHIT', () => {
  it('only submitted, approved and rejected assignments are listed, filtered by AssignmentStatuses', async () => {
    const { HITId } = await createHit(mturk, { MaxAssignments: 3 });
    const approved = await worker(1).do(HITId);
    const rejected = await worker(2).do(HITId);
    const inProgress = await worker(3).accept(HITId);
    await mturk.send(new ApproveAssignmentCommand({ AssignmentId: approved }));
    await mturk.send(new RejectAssignmentCommand({ AssignmentId: rejected, RequesterFeedback: 'No.' }));
    const listed = async (AssignmentStatuses) =>
      Object.fromEntries(
        (await mturk.send(new ListAssignmentsForHITCommand({ HITId, AssignmentStatuses }))).Assignments.map((a) => [a.AssignmentId, a.AssignmentStatus]),
      );
    assert.deepEqual(await listed(undefined), { [approved]: 'Approved', [rejected]: 'Rejected' });
    await worker(3).submit(inProgress);
    assert.deepEqual(await listed(undefined), { [approved]: 'Approved', [rejected]: 'Rejected', [inProgress]: 'Submitted' });
    assert.deepEqual(await listed(['Submitted']), { [inProgress]: 'Submitted' });
    assert.deepEqual(await listed(['Approved', 'Rejected']), { [approved]: 'Approved', [rejected]: 'Rejected' });
  });

  it('paginateListAssignmentsForHIT returns each assignment exactly once in pages of 2', async () => {
    const { HITId } = await createHit(mturk, { MaxAssignments: 3 });
    const done = [];
    for (const n of [1, 2, 3]) done.push(await worker(n).do(HITId));
    const pages = [];
    for await (const page of paginateListAssignmentsForHIT({ client: mturk, pageSize: 2 }, { HITId })) {
      assert.ok(page.Assignments.length <= 2);
      assert.equal(page.NumResults, page.Assignments.length);
      pages.push(page);
    }
    const seen = pages.flatMap((p) => p.Assignments.map((a) => a.AssignmentId));
    assert.ok(pages[0].NextToken);
    assert.equal(pages.at(-1).NextToken, undefined);
    assert.deepEqual([...seen].sort(), [...done].sort());
  });

  it('ListAssignmentsForHIT of an unknown HIT says it does not exist', async () => {
    const HITId = unknownId();
    const error = await expectRequestError(mturk.send(new ListAssignmentsForHITCommand({ HITId })), 'AWS.MechanicalTurk.HITDoesNotExist');
    assert.ok(error.message.startsWith(`Hit ${HITId} does not exist.`), error.message);
  });

  it('MaxResults over 100 is a ValidationException', async () => {
    const { HITId } = await createHit(mturk);
    await expectValidationException(mturk.send(new ListAssignmentsForHITCommand({ HITId, MaxResults: 101 })));
  });
});

describe('ListReviewableHITs', () => {
  it('a HIT whose every slot is submitted is listed as Reviewable', async () => {
    const { HITId, HITTypeId } = await createHit(mturk, { MaxAssignments: 2 });
    await worker(1).do(HITId);
    assert.ok(!(await reviewableIds()).includes(HITId));
    await worker(2).do(HITId);
    assert.ok((await reviewableIds()).includes(HITId));
    assert.ok((await reviewableIds({ Status: 'Reviewable' })).includes(HITId));
    const { HITs } = await mturk.send(new ListReviewableHITsCommand({ HITTypeId }));
    assert.deepEqual(HITs.map((h) => [h.HITId, h.HITStatus]), [[HITId, 'Reviewable']]);
  });

  it('the HITTypeId filter lists only HITs of that type and the paginator returns each once', async () => {
    const HITTypeId = await createHitType(mturk);
    const created = [];
    for (let i = 0; i < 5; i++) {
      const { HIT } = await mturk.send(new CreateHITWithHITTypeCommand({ HITTypeId, LifetimeInSeconds: 600, Question: htmlQuestion() }));
      await expire(mturk, HIT.HITId);
      created.push(HIT.HITId);
    }
    const other = await createHit(mturk);
    await expire(mturk, other.HITId);
    const pages = [];
    for await (const page of paginateListReviewableHITs({ client: mturk, pageSize: 2 }, { HITTypeId })) {
      assert.ok(page.HITs.length <= 2);
      assert.equal(page.NumResults, page.HITs.length);
      pages.push(page);
    }
    assert.ok(pages.length >= 3);
    assert.deepEqual(pages.flatMap((p) => p.HITs.map((h) => h.HITId)).sort(), [...created].sort());
  });
});

describe('UpdateHITReviewStatus', () => {
  it('moves a Reviewable HIT to Reviewing and Revert brings it back', async () => {
    const { HITId } = await createHit(mturk);
    await worker(1).do(HITId);
    await mturk.send(new UpdateHITReviewStatusCommand({ HITId }));
    assert.equal((await getHit(HITId)).HITStatus, 'Reviewing');
    assert.ok((await reviewableIds({ Status: 'Reviewing' })).includes(HITId));
    assert.ok(!(await reviewableIds()).includes(HITId));
    await mturk.send(new UpdateHITReviewStatusCommand({ HITId, Revert: true }));
    assert.equal((await getHit(HITId)).HITStatus, 'Reviewable');
    assert.ok(!(await reviewableIds({ Status: 'Reviewing' })).includes(HITId));
  });

  it('from a wrong status it is an InvalidHITState', async () => {
    const { HITId } = await createHit(mturk);
    await expectRequestError(mturk.send(new UpdateHITReviewStatusCommand({ HITId })), 'AWS.MechanicalTurk.InvalidHITState');
    await expire(mturk, HITId);
    await expectRequestError(mturk.send(new UpdateHITReviewStatusCommand({ HITId, Revert: true })), 'AWS.MechanicalTurk.InvalidHITState');
    assert.equal((await getHit(HITId)).HITStatus, 'Reviewable');
  });

  it('UpdateHITReviewStatus of an unknown HIT says it does not exist', async () => {
    await expectRequestError(mturk.send(new UpdateHITReviewStatusCommand({ HITId: unknownId() })), 'AWS.MechanicalTurk.HITDoesNotExist');
  });
});
