// CreateWorkerBlock, DeleteWorkerBlock and ListWorkerBlocks through the AWS SDK for JavaScript v3. Only
// this file uses the BLOCKER requester (its tests run in order), so no other test finds a worker shut
// out of its HITs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreateWorkerBlockCommand, DeleteWorkerBlockCommand, ListWorkerBlocksCommand, paginateListWorkerBlocks } from '@aws-sdk/client-mturk';
import { client, createHit, expectInvalidParameterValue, expectParameterValidationError, worker } from './helpers.js';

const blocker = client('BLOCKER');

async function blocks(pageSize = 100) {
  const found = new Map();
  for await (const page of paginateListWorkerBlocks({ client: blocker, pageSize }, {})) {
    assert.equal(page.NumResults, (page.WorkerBlocks ?? []).length);
    for (const block of page.WorkerBlocks ?? []) {
      assert.ok(!found.has(block.WorkerId), `${block.WorkerId} listed twice`);
      found.set(block.WorkerId, block.Reason);
    }
  }
  return found;
}

describe('CreateWorkerBlock', () => {
  it('a blocked worker cannot accept the requester\'s HITs until unblocked', async () => {
    const blocked = worker(2);
    const { HITId } = await createHit(blocker);
    await blocker.send(new CreateWorkerBlockCommand({ WorkerId: blocked.id, Reason: 'Copied answers.' }));
    try {
      assert.equal((await blocked.call('POST', `/hits/${HITId}/accept`)).status, 403);
    } finally {
      await blocker.send(new DeleteWorkerBlockCommand({ WorkerId: blocked.id, Reason: 'Appeal upheld.' }));
    }
    await blocked.giveBack(await blocked.accept(HITId));
  });

  it('a block needs a reason and a worker who exists', async () => {
    await expectParameterValidationError(blocker.send(new CreateWorkerBlockCommand({ WorkerId: worker(1).id, Reason: '' })), 'Reason');
    const error = await expectInvalidParameterValue(blocker.send(new CreateWorkerBlockCommand({ WorkerId: 'ANOBODY00000001', Reason: 'Spam.' })));
    assert.ok(error.message.startsWith('WorkerId is invalid.'), error.message);
  });
});

describe('ListWorkerBlocks', () => {
  it('paginateListWorkerBlocks lists each block once and blocking again replaces the reason', async () => {
    const ids = [1, 2, 3].map((n) => worker(n).id);
    try {
      for (const WorkerId of ids) await blocker.send(new CreateWorkerBlockCommand({ WorkerId, Reason: 'Spam.' }));
      await blocker.send(new CreateWorkerBlockCommand({ WorkerId: ids[1], Reason: 'Spam, twice.' }));
      const found = await blocks(2);
      assert.deepEqual([...found.keys()].sort(), [...ids].sort());
      assert.equal(found.get(ids[1]), 'Spam, twice.');
      assert.equal((await client('OTHER').send(new ListWorkerBlocksCommand({}))).NumResults, 0);
    } finally {
      for (const WorkerId of ids) await blocker.send(new DeleteWorkerBlockCommand({ WorkerId }));
    }
    assert.equal((await blocks()).size, 0);
  });
});

describe('DeleteWorkerBlock', () => {
  it('unblocking a worker who is not blocked says the WorkerId is invalid', async () => {
    const error = await expectInvalidParameterValue(blocker.send(new DeleteWorkerBlockCommand({ WorkerId: worker(3).id })));
    assert.ok(error.message.startsWith('WorkerId is invalid.'), error.message);
  });
});
