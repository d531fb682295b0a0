// Money for work: ApproveAssignment, RejectAssignment, SendBonus, ListBonusPayments and
// CreateAdditionalAssignmentsForHIT. The PAYER requester and worker 3 are charged and paid by this
// file only (its tests run in order), so balances are compared before and after each step. A reward
// of 0.50 costs 0.60 per assignment (20% commission, at least 0.01).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  ApproveAssignmentCommand,
  CreateAdditionalAssignmentsForHITCommand,
  GetAssignmentCommand,
  GetHITCommand,
  ListBonusPaymentsCommand,
  RejectAssignmentCommand,
  SendBonusCommand,
  paginateListBonusPayments,
} from '@aws-sdk/client-mturk';
import {
  balance,
  client,
  createHit,
  expectInvalidParameterValue,
  expectRequestError,
  expectValidationException,
  expire,
  unknownId,
  worker,
} from './helpers.js';

const payer = client('PAYER');
const paid = worker(3);
const getHit = async (HITId) => (await payer.send(new GetHITCommand({ HITId }))).HIT;
const getAssignment = async (AssignmentId) => (await payer.send(new GetAssignmentCommand({ AssignmentId }))).Assignment;
const approve = (AssignmentId, extra = {}) => payer.send(new ApproveAssignmentCommand({ AssignmentId, ...extra }));
const reject = (AssignmentId, RequesterFeedback = 'No.') => payer.send(new RejectAssignmentCommand({ AssignmentId, RequesterFeedback }));
const bonus = (AssignmentId, extra = {}) =>
  payer.send(new SendBonusCommand({ WorkerId: paid.id, AssignmentId, BonusAmount: '1.00', Reason: 'Great work.', ...extra }));

/** A new HIT of the payer with one assignment submitted by worker 3. */
async function submitted(overrides = { Reward: '0.50' }) {
  const { HITId } = await createHit(payer, overrides);
  return { HITId, assignmentId: await paid.do(HITId) };
}

describe('ApproveAssignment', () => {
  it('approving pays the worker the reward out of the escrow', async () => {
    const before = await balance(payer);
    const earned = await paid.balance();
    const { assignmentId } = await submitted();
    assert.deepEqual(await balance(payer), { available: before.available - 60, onHold: before.onHold + 60 });
    await approve(assignmentId, { RequesterFeedback: 'Well done.' });
    assert.deepEqual(await balance(payer), { available: before.available - 60, onHold: before.onHold });
    assert.equal(await paid.balance(), earned + 50);
    const assignment = await getAssignment(assignmentId);
    assert.equal(assignment.AssignmentStatus, 'Approved');
    assert.equal(assignment.RequesterFeedback, 'Well done.');
    assert.ok(assignment.ApprovalTime instanceof Date);
  });

  it('approving twice is an InvalidAssignmentState and pays once', async () => {
    const { assignmentId } = await submitted();
    await approve(assignmentId);
    const before = await balance(payer);
    const earned = await paid.balance();
    const error = await expectRequestError(approve(assignmentId), 'AWS.MechanicalTurk.InvalidAssignmentState');
    assert.ok(error.message.startsWith('This operation can be called with a status of: Submitted'), error.message);
    assert.deepEqual(await balance(payer), before);
    assert.equal(await paid.balance(), earned);
  });

  it('OverrideRejection approves a rejected assignment and pays from the available balance', async () => {
    const { assignmentId } = await submitted();
    await reject(assignmentId);
    await expectRequestError(approve(assignmentId), 'AWS.MechanicalTurk.InvalidAssignmentState');
    const before = await balance(payer);
    const earned = await paid.balance();
    await approve(assignmentId, { OverrideRejection: true });
    assert.deepEqual(await balance(payer), { available: before.available - 60, onHold: before.onHold });
    assert.equal(await paid.balance(), earned + 50);
    assert.equal((await getAssignment(assignmentId)).AssignmentStatus, 'Approved');
  });

  it('approving an unknown assignment says it does not exist', async () => {
    await expectRequestError(approve(unknownId()), 'AWS.MechanicalTurk.AssignmentDoesNotExist');
  });
});

describe('RejectAssignment', () => {
  it('rejecting gives the escrow back and pays nothing', async () => {
    const before = await balance(payer);
    const earned = await paid.balance();
    const { assignmentId } = await submitted();
    await reject(assignmentId, 'Off topic.');
    assert.deepEqual(await balance(payer), before);
    assert.equal(await paid.balance(), earned);
    const assignment = await getAssignment(assignmentId);
    assert.equal(assignment.AssignmentStatus, 'Rejected');
    assert.equal(assignment.RequesterFeedback, 'Off topic.');
  });

  it('a missing RequesterFeedback is a ValidationException', async () => {
    const { assignmentId } = await submitted();
    const error = await expectValidationException(payer.send(new RejectAssignmentCommand({ AssignmentId: assignmentId })));
    assert.match(error.message, /requesterFeedback/);
    assert.equal((await getAssignment(assignmentId)).AssignmentStatus, 'Submitted');
    await reject(assignmentId);
  });

  it('rejecting an approved assignment is an InvalidAssignmentState', async () => {
    const { assignmentId } = await submitted();
    await approve(assignmentId);
    const before = await balance(payer);
    const error = await expectRequestError(reject(assignmentId), 'AWS.MechanicalTurk.InvalidAssignmentState');
    assert.ok(error.message.startsWith('This operation can be called with a status of: Submitted'), error.message);
    assert.deepEqual(await balance(payer), before);
    assert.equal((await getAssignment(assignmentId)).AssignmentStatus, 'Approved');
  });
});

describe('SendBonus', () => {
  it('a bonus of 1.00 costs 1.20 and pays the worker 1.00', async () => {
    const { assignmentId } = await submitted();
    const before = await balance(payer);
    const earned = await paid.balance();
    await bonus(assignmentId);
    assert.deepEqual(await balance(payer), { available: before.available - 120, onHold: before.onHold });
    assert.equal(await paid.balance(), earned + 100);
    await approve(assignmentId);
  });

  it('a repeated UniqueRequestToken is a DuplicateRequest naming the assignment and pays once', async () => {
    const { HITId, assignmentId } = await submitted();
    const UniqueRequestToken = randomUUID();
    await bonus(assignmentId, { UniqueRequestToken });
    const before = await balance(payer);
    const earned = await paid.balance();
    const error = await expectRequestError(bonus(assignmentId, { UniqueRequestToken }), 'AWS.MechanicalTurk.DuplicateRequest');
    assert.ok(error.message.includes(assignmentId), error.message);
    assert.deepEqual(await balance(payer), before);
    assert.equal(await paid.balance(), earned);
    assert.equal((await payer.send(new ListBonusPaymentsCommand({ HITId }))).NumResults, 1);
    await approve(assignmentId);
  });

  it('a bonus for another worker is refused', async () => {
    const { assignmentId } = await submitted();
    const before = await balance(payer);
    await expectInvalidParameterValue(bonus(assignmentId, { WorkerId: worker(1).id }));
    assert.deepEqual(await balance(payer), before);
    await approve(assignmentId);
  });

  it('a bonus for work not yet submitted says the assignment does not exist', async () => {
    const { HITId } = await createHit(payer, { Reward: '0.05' });
    const assignmentId = await paid.accept(HITId);
    await expectRequestError(bonus(assignmentId), 'AWS.MechanicalTurk.AssignmentDoesNotExist');
    await paid.giveBack(assignmentId);
    await expire(payer, HITId);
  });

  it('a BonusAmount with three decimals is a ValidationException', async () => {
    const { assignmentId } = await submitted({ Reward: '0.05' });
    const before = await balance(payer);
    const error = await expectValidationException(bonus(assignmentId, { BonusAmount: '0.001' }));
    assert.match(error.message, /bonusAmount/);
    assert.deepEqual(await balance(payer), before);
    await approve(assignmentId);
  });

  it('a bonus the requester cannot cover is InsufficientFunds', async () => {
    const { assignmentId } = await submitted({ Reward: '0.05' });
    const before = await balance(payer);
    await expectRequestError(bonus(assignmentId, { BonusAmount: '500.00' }), 'AWS.MechanicalTurk.InsufficientFunds');
    assert.deepEqual(await balance(payer), before);
    await approve(assignmentId);
  });
});

describe('ListBonusPayments', () => {
  it('bonuses are listed by HIT and by assignment', async () => {
    const { HITId, assignmentId } = await submitted();
    await bonus(assignmentId, { Reason: 'For the extra detail.' });
    await approve(assignmentId);
    const byHit = await payer.send(new ListBonusPaymentsCommand({ HITId }));
    const byAssignment = await payer.send(new ListBonusPaymentsCommand({ AssignmentId: assignmentId }));
    assert.equal(byHit.NumResults, 1);
    assert.deepEqual(byHit.BonusPayments, byAssignment.BonusPayments);
    const [payment] = byHit.BonusPayments;
    assert.equal(payment.WorkerId, paid.id);
    assert.equal(payment.BonusAmount, '1.00');
    assert.equal(payment.AssignmentId, assignmentId);
    assert.equal(payment.Reason, 'For the extra detail.');
    assert.ok(Math.abs(payment.GrantTime.getTime() - Date.now()) < 300_000);
  });

  it('paginateListBonusPayments returns each bonus exactly once in pages of 2', async () => {
    const { HITId, assignmentId } = await submitted({ Reward: '0.05' });
    for (let i = 0; i < 3; i++) await bonus(assignmentId, { BonusAmount: '0.01', Reason: `bonus ${i}` });
    const pages = [];
    for await (const page of paginateListBonusPayments({ client: payer, pageSize: 2 }, { HITId })) {
      assert.ok(page.BonusPayments.length <= 2);
      assert.equal(page.NumResults, page.BonusPayments.length);
      pages.push(page);
    }
    assert.ok(pages[0].NextToken);
    assert.equal(pages.at(-1).NextToken, undefined);
    assert.deepEqual(pages.flatMap((p) => p.BonusPayments.map((b) => b.Reason)).sort(), ['bonus 0', 'bonus 1', 'bonus 2']);
    await approve(assignmentId);
  });

  it('both or neither of HITId and AssignmentId are refused', async () => {
    const { HITId, assignmentId } = await submitted({ Reward: '0.05' });
    await expectRequestError(payer.send(new ListBonusPaymentsCommand({ HITId, AssignmentId: assignmentId })), 'AWS.MechanicalTurk.InvalidParameterValue');
    await expectRequestError(payer.send(new ListBonusPaymentsCommand({})), 'AWS.MechanicalTurk.InvalidParameterValue');
    await approve(assignmentId);
  });
});

describe('CreateAdditionalAssignmentsForHIT', () => {
  it('additional assignments grow the HIT and hold their escrow', async () => {
    const before = await balance(payer);
    const { HITId } = await createHit(payer, { Reward: '0.50', MaxAssignments: 2 });
    await payer.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 3 }));
    const hit = await getHit(HITId);
    assert.deepEqual([hit.MaxAssignments, hit.NumberOfAssignmentsAvailable, hit.HITStatus], [5, 5, 'Assignable']);
    assert.deepEqual(await balance(payer), { available: before.available - 300, onHold: before.onHold + 300 });
    await expire(payer, HITId);
    assert.deepEqual(await balance(payer), before);
  });

  it('going from under 10 to 10 or more assignments is refused', async () => {
    const { HITId } = await createHit(payer, { Reward: '0.01', MaxAssignments: 9 });
    const before = await balance(payer);
    await expectRequestError(
      payer.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 1 })),
      'AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease',
    );
    assert.equal((await getHit(HITId)).MaxAssignments, 9);
    assert.deepEqual(await balance(payer), before);
    await expire(payer, HITId);
  });

  it('NumberOfAdditionalAssignments 0 is refused', async () => {
    const { HITId } = await createHit(payer, { Reward: '0.01' });
    await expectInvalidParameterValue(payer.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 0 })));
    assert.equal((await getHit(HITId)).MaxAssignments, 1);
    await expire(payer, HITId);
  });

  it('a repeated UniqueRequestToken is a DuplicateRequest naming the HIT', async () => {
    const { HITId } = await createHit(payer, { Reward: '0.01' });
    const UniqueRequestToken = randomUUID();
    await payer.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 1, UniqueRequestToken }));
    const before = await balance(payer);
    const error = await expectRequestError(
      payer.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 1, UniqueRequestToken })),
      'AWS.MechanicalTurk.DuplicateRequest',
    );
    assert.ok(error.message.includes(HITId), error.message);
    assert.equal((await getHit(HITId)).MaxAssignments, 2);
    assert.deepEqual(await balance(payer), before);
    await expire(payer, HITId);
  });

  it('more assignments than the requester can pay for are InsufficientFunds', async () => {
    const { HITId } = await createHit(payer, { Reward: '0.01', MaxAssignments: 10 });
    const before = await balance(payer);
    await expectRequestError(
      payer.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: 100000 })),
      'AWS.MechanicalTurk.InsufficientFunds',
    );
    assert.equal((await getHit(HITId)).MaxAssignments, 10);
    assert.deepEqual(await balance(payer), before);
    await expire(payer, HITId);
  });
});
