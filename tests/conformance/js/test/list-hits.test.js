import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ListHITsCommand, paginateListHITs } from '@aws-sdk/client-mturk';
import {
  allHits,
  client,
  createHit,
  expectRequestError,
  expectValidationException,
  expire,
  unique,
} from './helpers.js';

const mturk = client();

describe('ListHITs', () => {
  it('paginateListHITs returns each of 25 HITs exactly once in pages of 10', async () => {
    const Title = unique('paged');
    const created = [];
    for (let i = 0; i < 25; i++) created.push((await createHit(mturk, { Title })).HITId);
    const seen = [];
    const pages = [];
    for await (const page of paginateListHITs({ client: mturk, pageSize: 10 }, {})) {
      pages.push(page);
      assert.ok(page.HITs.length <= 10);
      assert.equal(page.NumResults, page.HITs.length);
      seen.push(...page.HITs.map((h) => h.HITId));
    }
    assert.equal(pages.at(-1).NextToken, undefined);
    assert.equal(new Set(seen).size, seen.length, 'no HIT is listed twice');
    assert.deepEqual(seen.filter((id) => created.includes(id)), created);
  });

  it('HITs are listed in creation order', async () => {
    for (let i = 0; i < 3; i++) await createHit(mturk);
    const times = (await allHits(mturk)).map((h) => h.CreationTime.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
  });

  it('MaxResults defaults to 10', async () => {
    for (let i = 0; i < 11; i++) await createHit(mturk);
    const response = await mturk.send(new ListHITsCommand({}));
    assert.equal(response.HITs.length, 10);
    assert.equal(response.NumResults, 10);
    assert.ok(response.NextToken);
  });

  it('NextToken continues where the previous page ended', async () => {
    for (let i = 0; i < 3; i++) await createHit(mturk);
    const first = await mturk.send(new ListHITsCommand({ MaxResults: 2 }));
    const second = await mturk.send(new ListHITsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    const four = await mturk.send(new ListHITsCommand({ MaxResults: 4 }));
    assert.deepEqual(
      [...first.HITs, ...second.HITs].map((h) => h.HITId),
      four.HITs.map((h) => h.HITId),
    );
  });

  it('expired HITs are still listed, as Reviewable', async () => {
    const hit = await createHit(mturk);
    await expire(mturk, hit.HITId);
    assert.deepEqual((await allHits(mturk)).filter((h) => h.HITId === hit.HITId).map((h) => h.HITStatus), ['Reviewable']);
  });

  it('MaxResults over 100 is a ValidationException', async () => {
    const error = await expectValidationException(mturk.send(new ListHITsCommand({ MaxResults: 101 })));
    assert.equal(
      error.message,
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });

  it('MaxResults 0 is a ValidationException', async () => {
    const error = await expectValidationException(mturk.send(new ListHITsCommand({ MaxResults: 0 })));
    assert.match(error.message, /Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1/);
  });

  it('a tampered NextToken is refused', async () => {
    for (let i = 0; i < 2; i++) await createHit(mturk);
    const { NextToken } = await mturk.send(new ListHITsCommand({ MaxResults: 1 }));
    const middle = Math.floor(NextToken.length / 2);
    const replacement = NextToken[middle].toUpperCase() !== 'A' ? 'A' : 'B';
    const tampered = NextToken.slice(0, middle) + replacement + NextToken.slice(middle + 1);
    const error = await expectRequestError(
      mturk.send(new ListHITsCommand({ MaxResults: 1, NextToken: tampered })),
      'AWS.MechanicalTurk.InvalidParameterValue',
    );
    assert.ok(error.message.startsWith('The NextToken is invalid for this request.'), error.message);
  });

  it('another requester\'s NextToken is refused', async () => {
    const other = client('OTHER');
    for (let i = 0; i < 2; i++) await createHit(other);
    const { NextToken } = await other.send(new ListHITsCommand({ MaxResults: 1 }));
    const error = await expectRequestError(
      mturk.send(new ListHITsCommand({ MaxResults: 1, NextToken })),
      'AWS.MechanicalTurk.InvalidParameterValue',
    );
    assert.ok(error.message.startsWith('The NextToken is invalid for this request.'), error.message);
  });
});
