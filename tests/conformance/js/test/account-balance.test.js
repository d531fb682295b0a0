// GetAccountBalance and escrow. The MONEY requester (100.00) is used by this file only, and every
// test gives back what it holds, so amounts are compared before and after each step.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreateHITTypeCommand, CreateHITWithHITTypeCommand, DeleteHITCommand, GetAccountBalanceCommand, UpdateExpirationForHITCommand } from '@aws-sdk/client-mturk';
import { balance, client, createHit, expire, hitTypeProperties, htmlQuestion } from './helpers.js';

const money = client('MONEY');

async function assertHeld(amountCents, overrides) {
  const before = await balance(money);
  const hit = await createHit(money, overrides);
  assert.deepEqual(await balance(money), { available: before.available - amountCents, onHold: before.onHold + amountCents });
  await expire(money, hit.HITId);
  assert.deepEqual(await balance(money), before);
}

describe('GetAccountBalance', () => {
  it('three assignments at 50 cents hold 1.80 until the HIT expires', async () => {
    const start = await money.send(new GetAccountBalanceCommand({}));
    assert.equal(start.AvailableBalance, '100.00');
    assert.equal(start.OnHoldBalance, '0.00');
    const hit = await createHit(money, { Reward: '0.50', MaxAssignments: 3 });
    const held = await money.send(new GetAccountBalanceCommand({}));
    assert.deepEqual([held.AvailableBalance, held.OnHoldBalance], ['98.20', '1.80']);
    await money.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: new Date(0) }));
    const released = await money.send(new GetAccountBalanceCommand({}));
    assert.deepEqual([released.AvailableBalance, released.OnHoldBalance], ['100.00', '0.00']);
  });

  it('the fee is 20 percent below 10 assignments', () => assertHeld(1080, { Reward: '1.00', MaxAssignments: 9 }));

  it('the fee is 40 percent from 10 assignments', () => assertHeld(700, { Reward: '0.50', MaxAssignments: 10 }));

  it('the fee is at least one cent per assignment', () => assertHeld(4, { Reward: '0.01', MaxAssignments: 2 }));

  it('a HIT of a HIT type holds the type\'s reward and fee', async () => {
    const { HITTypeId } = await money.send(new CreateHITTypeCommand(hitTypeProperties({ Reward: '0.25' })));
    const before = await balance(money);
    const { HIT: hit } = await money.send(
      new CreateHITWithHITTypeCommand({ HITTypeId, MaxAssignments: 4, LifetimeInSeconds: 600, Question: htmlQuestion() }),
    );
    assert.deepEqual(await balance(money), { available: before.available - 120, onHold: before.onHold + 120 });
    await expire(money, hit.HITId);
    assert.deepEqual(await balance(money), before);
  });

  it('deleting an expired HIT moves no more money', async () => {
    const before = await balance(money);
    const hit = await createHit(money, { Reward: '0.50', MaxAssignments: 2 });
    await expire(money, hit.HITId);
    await money.send(new DeleteHITCommand({ HITId: hit.HITId }));
    assert.deepEqual(await balance(money), before);
  });

  it('extending an expired HIT holds its money again', async () => {
    const before = await balance(money);
    const hit = await createHit(money, { Reward: '0.50', MaxAssignments: 3 });
    await expire(money, hit.HITId);
    await money.send(new UpdateExpirationForHITCommand({ HITId: hit.HITId, ExpireAt: new Date(Date.now() + 3600_000) }));
    assert.deepEqual(await balance(money), { available: before.available - 180, onHold: before.onHold + 180 });
    await expire(money, hit.HITId);
    assert.deepEqual(await balance(money), before);
  });
});
