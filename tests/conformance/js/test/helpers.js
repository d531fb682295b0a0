// Shared helpers for the AWS SDK for JavaScript v3 conformance suite.
//
// tests/conformance/run starts a Kempelen server and passes, in environment variables:
//   KEMPELEN_ENDPOINT                                        http://127.0.0.1:<port>
//   KEMPELEN_REQUESTER_ACCESS_KEY_ID / _SECRET_ACCESS_KEY    the suite's main requester
//   KEMPELEN_MONEY_...   used only by account-balance.test.js (100.00)
//   KEMPELEN_POOR_...    balance 0.10, for InsufficientFunds
//   KEMPELEN_OTHER_...   a second tenant
//   KEMPELEN_PAYER_...   approvals, rejections and bonuses; used by paying-workers.test.js only (100.00)
//   KEMPELEN_BLOCKER_... worker blocks; used by worker-blocks.test.js only (100.00), so no other test meets them
//   KEMPELEN_WORKER_<n>_ID / _TOKEN   workers 1-3 and their worker API tokens; only
//                        paying-workers.test.js has worker 3's work paid (it checks that balance)
// Every test makes its own HIT types and HITs, so test files may run in parallel.

import assert from 'node:assert/strict';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import {
  MTurkClient,
  CreateHITCommand,
  CreateHITTypeCommand,
  GetAccountBalanceCommand,
  UpdateExpirationForHITCommand,
  paginateListHITs,
} from '@aws-sdk/client-mturk';

export const ENDPOINT = process.env.KEMPELEN_ENDPOINT ?? '';
export const REGION = 'us-east-1';
export const TARGET_PREFIX = 'MTurkRequesterServiceV20170117.';

export const ID = /^[0-9A-Z]{30}$/;
export const ID_TOKEN = /(?<![0-9A-Za-z])[0-9A-Z]{30}(?![0-9A-Za-z])/g;
export const MESSAGE_SUFFIX = / \(\d{13}\)$/;

export const PERCENT_APPROVED = '000000000000000000L0';
export const LOCALE = '00000000000000000071';
export const MASTERS = '2F1QJWKUDD8XADTFD2Q0G6UTO95ALH';

export const EXTERNAL_QUESTION =
  '<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">\n' +
  '  <ExternalURL>https://survey.example.org/task?study=7&amp;lang=en</ExternalURL>\n' +
  '  <FrameHeight>0</FrameHeight>\n' +
  '</ExternalQuestion>';

export const QUESTION_FORM =
  '<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">' +
  '<Question><QuestionIdentifier>count</QuestionIdentifier><IsRequired>true</IsRequired>' +
  '<QuestionContent><Text>How many signs do you see?</Text></QuestionContent>' +
  '<AnswerSpecification><FreeTextAnswer><Constraints><IsNumeric minValue="0" maxValue="50"/></Constraints>' +
  '</FreeTextAnswer></AnswerSpecification></Question></QuestionForm>';

export function htmlQuestion(bodyHtml = '<p>Hello</p>') {
  return (
    '<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">' +
    '<HTMLContent><![CDATA[<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' +
    '<form id="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">' +
    '<input type="hidden" id="assignmentId" name="assignmentId" value="">' +
    bodyHtml +
    '<input type="submit" id="submitButton"></form></body></html>]]></HTMLContent>' +
    '<FrameHeight>0</FrameHeight></HTMLQuestion>'
  );
}

export function externalQuestion(url) {
  return (
    '<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">' +
    `<ExternalURL>${url}</ExternalURL><FrameHeight>600</FrameHeight></ExternalQuestion>`
  );
}

/** A title nobody else uses. */
export function unique(label = 'hit') {
  return `conformance ${label} ${randomUUID().slice(0, 12)}`;
}

/** A well-formed 30-character ID that no server has issued. */
export function unknownId() {
  return '3Q' + randomUUID().replaceAll('-', '').toUpperCase().slice(0, 28);
}

export function credentials(name) {
  const accessKeyId = process.env[`KEMPELEN_${name}_ACCESS_KEY_ID`];
  const secretAccessKey = process.env[`KEMPELEN_${name}_SECRET_ACCESS_KEY`];
  if (!ENDPOINT || !accessKeyId || !secretAccessKey) {
    throw new Error(`KEMPELEN_ENDPOINT and KEMPELEN_${name}_ACCESS_KEY_ID/_SECRET_ACCESS_KEY must be set (tests/conformance/run sets them)`);
  }
  return { accessKeyId, secretAccessKey };
}

/** One of the run script's workers, through the worker JSON API (/api/worker/v1, bearer token). */
export class Worker {
  constructor(number) {
    this.number = number;
    this.id = process.env[`KEMPELEN_WORKER_${number}_ID`];
    this.token = process.env[`KEMPELEN_WORKER_${number}_TOKEN`];
    if (!ENDPOINT || !this.id || !this.token) {
      throw new Error(`KEMPELEN_ENDPOINT and KEMPELEN_WORKER_${number}_ID/_TOKEN must be set (tests/conformance/run sets them)`);
    }
  }

  /** { status, json } of one call; refusals are returned, not thrown. */
  async call(method, path, body) {
    const response = await fetch(`${ENDPOINT.replace(/\/$/, '')}/api/worker/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text.trim() ? JSON.parse(text) : undefined };
  }

  /** Takes a slot of the HIT; returns the new AssignmentId. */
  async accept(hitId) {
    const { status, json } = await this.call('POST', `/hits/${hitId}/accept`);
    assert.equal(status, 200, `worker ${this.number} could not accept HIT ${hitId}: ${JSON.stringify(json)}`);
    assert.equal(json.Status, 'Accepted');
    return json.AssignmentId;
  }

  async submit(assignmentId, answers = { colour: 'red' }) {
    const { status, json } = await this.call('POST', `/assignments/${assignmentId}/submit`, { answers });
    assert.equal(status, 200, `worker ${this.number} could not submit ${assignmentId}: ${JSON.stringify(json)}`);
    return json;
  }

  async giveBack(assignmentId) {
    const { status, json } = await this.call('POST', `/assignments/${assignmentId}/return`);
    assert.equal(status, 204, `worker ${this.number} could not return ${assignmentId}: ${JSON.stringify(json)}`);
  }

  /** Accepts and submits; returns the AssignmentId. */
  async do(hitId, answers) {
    const assignmentId = await this.accept(hitId);
    await this.submit(assignmentId, answers);
    return assignmentId;
  }

  /** Asks for a qualification (answers hand in its test); returns the answer, e.g. { Outcome: 'Pending' }. */
  async requestQualification(typeId, answers) {
    const { status, json } = await this.call('POST', `/qualification-types/${typeId}/request`, answers === undefined ? undefined : { answers });
    assert.equal(status, 200, `worker ${this.number} could not request ${typeId}: ${JSON.stringify(json)}`);
    return json;
  }

  /** What the worker has earned, in cents, after checking it is a two-decimal string. */
  async balance() {
    const { status, json } = await this.call('GET', '/me');
    assert.equal(status, 200, JSON.stringify(json));
    assert.match(json.Balance, /^[0-9]+\.[0-9]{2}$/);
    return cents(json.Balance);
  }
}

export function worker(number) {
  return new Worker(number);
}

/** A new HIT of `mturk` with one assignment done by the worker: { hit, assignmentId }. */
export async function submittedAssignment(mturk, workerNumber = 1, overrides = {}, answers) {
  const hit = await createHit(mturk, overrides);
  return { hit, assignmentId: await worker(workerNumber).do(hit.HITId, answers) };
}

/** An MTurk client for one of the run script's requesters (or for explicit credentials). */
export function client(name = 'REQUESTER', explicit) {
  return new MTurkClient({
    endpoint: ENDPOINT,
    region: REGION,
    credentials: explicit ?? credentials(name),
    maxAttempts: 1,
  });
}

/** A client whose requests leave without an Authorization header. */
export function unsignedClient(name = 'REQUESTER') {
  const mturk = client(name);
  mturk.middlewareStack.add(
    (next) => async (args) => {
      for (const header of Object.keys(args.request.headers)) {
        if (header.toLowerCase() === 'authorization') delete args.request.headers[header];
      }
      return next(args);
    },
    { step: 'deserialize', name: 'dropAuthorizationHeader', priority: 'low' },
  );
  return mturk;
}

export function hitTypeProperties(overrides = {}) {
  return {
    Title: unique('type'),
    Description: 'A conformance test task',
    Reward: '0.05',
    AssignmentDurationInSeconds: 600,
    AutoApprovalDelayInSeconds: 3600,
    Keywords: 'conformance, test',
    ...overrides,
  };
}

export function hitProperties(overrides = {}) {
  return {
    ...hitTypeProperties(),
    LifetimeInSeconds: 3600,
    MaxAssignments: 1,
    Question: htmlQuestion(),
    ...overrides,
  };
}

export async function createHit(mturk, overrides = {}) {
  return (await mturk.send(new CreateHITCommand(hitProperties(overrides)))).HIT;
}

export async function createHitType(mturk, overrides = {}) {
  return (await mturk.send(new CreateHITTypeCommand(hitTypeProperties(overrides)))).HITTypeId;
}

export async function expire(mturk, hitId) {
  await mturk.send(new UpdateExpirationForHITCommand({ HITId: hitId, ExpireAt: new Date(0) }));
}

/** Every HIT of the requester, through the SDK's paginator. */
export async function allHits(mturk, pageSize = 100) {
  const hits = [];
  for await (const page of paginateListHITs({ client: mturk, pageSize }, {})) hits.push(...(page.HITs ?? []));
  return hits;
}

/** The balance in cents: { available, onHold }, after checking both are two-decimal strings. */
export async function balance(mturk) {
  const response = await mturk.send(new GetAccountBalanceCommand({}));
  const onHold = response.OnHoldBalance ?? '0.00';
  for (const amount of [response.AvailableBalance, onHold]) assert.match(amount, /^[0-9]+\.[0-9]{2}$/);
  return { available: cents(response.AvailableBalance), onHold: cents(onHold) };
}

export function cents(amount) {
  const [whole, fraction] = amount.split('.');
  return Number(whole) * 100 + Number(fraction ?? 0);
}

/** Awaits a call that must fail, checks err.name, HTTP status and (for RequestError) TurkErrorCode. */
export async function expectError(promise, { name, turkErrorCode, status = 400 }) {
  let error;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  assert.ok(error, `expected ${name}${turkErrorCode ? ` (${turkErrorCode})` : ''}, but the call succeeded`);
  assert.equal(error.name, name, `${error.name}: ${error.message}`);
  assert.equal(error.$metadata?.httpStatusCode, status);
  if (turkErrorCode !== undefined) {
    assert.equal(error.TurkErrorCode, turkErrorCode, error.message);
  }
  return error;
}

export function expectRequestError(promise, turkErrorCode) {
  return expectError(promise, { name: 'RequestError', turkErrorCode }).then((error) => {
    assert.match(error.message, MESSAGE_SUFFIX, 'a RequestError message ends with " (<epoch ms>)"');
    return error;
  });
}

export function expectParameterValidationError(promise, parameter) {
  return expectError(promise, {
    name: 'ParameterValidationError',
    turkErrorCode: 'AWS.MechanicalTurk.InvalidParameterValue',
  }).then((error) => {
    if (parameter !== undefined) assert.equal(error.Parameter, parameter);
    return error;
  });
}

export function expectValidationException(promise) {
  return expectError(promise, { name: 'ValidationException' });
}

/**
 * One POST / signed by hand with SigV4 (no SDK involved), for what the SDK cannot send: unknown
 * targets, bodies that are not JSON, fewer signed headers. Returns { status, headers, text, json }.
 */
export async function rawCall(operation, body = '{}', options = {}) {
  const {
    name = 'REQUESTER',
    target = TARGET_PREFIX + operation,
    contentType = 'application/x-amz-json-1.1',
    sign = true,
    signedHeaders = ['content-type', 'host', 'x-amz-date', 'x-amz-target'],
  } = options;
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const url = new URL(ENDPOINT.replace(/\/$/, '') + '/');
  const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const headers = {
    'content-type': contentType,
    host: url.host,
    'x-amz-date': amzDate,
    'x-amz-target': target,
  };
  if (sign) {
    const { accessKeyId, secretAccessKey } = options.credentials ?? credentials(name);
    const names = [...signedHeaders].sort();
    const canonical = [
      'POST',
      '/',
      '',
      ...names.map((h) => `${h}:${String(headers[h]).trim()}`),
      '',
      names.join(';'),
      sha256(payload),
    ].join('\n');
    const day = amzDate.slice(0, 8);
    const scope = `${day}/${REGION}/mturk-requester/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    let key = hmac(`AWS4${secretAccessKey}`, day);
    for (const part of [REGION, 'mturk-requester', 'aws4_request']) key = hmac(key, part);
    const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
    headers.authorization = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  }
  delete headers.host; // fetch sets it from the URL, to the same value
  const response = await fetch(url, { method: 'POST', headers, body: payload });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key, text) {
  return createHmac('sha256', key).update(text, 'utf8').digest();
}

/** Refused with HTTP 400 and TurkErrorCode InvalidParameterValue, as a ParameterValidationError or a RequestError. */
export async function expectInvalidParameterValue(promise) {
  let error;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  assert.ok(error, 'expected InvalidParameterValue, but the call succeeded');
  assert.ok(['ParameterValidationError', 'RequestError'].includes(error.name), `${error.name}: ${error.message}`);
  assert.equal(error.$metadata?.httpStatusCode, 400);
  assert.equal(error.TurkErrorCode, 'AWS.MechanicalTurk.InvalidParameterValue', error.message);
  return error;
}
