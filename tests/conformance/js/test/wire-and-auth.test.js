// Authentication errors and the wire protocol, through the SDK and through hand-signed requests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GetAccountBalanceCommand } from '@aws-sdk/client-mturk';
import { client, credentials, expectError, rawCall, unknownId, unsignedClient } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Authentication', () => {
  it('an unknown access key is an UnrecognizedClientException', async () => {
    const { secretAccessKey } = credentials('REQUESTER');
    const stranger = client(undefined, { accessKeyId: 'KMPUNKNOWNKEY0000000', secretAccessKey });
    const error = await expectError(stranger.send(new GetAccountBalanceCommand({})), { name: 'UnrecognizedClientException' });
    assert.ok(error.message);
  });

  it('a wrong secret is an InvalidSignatureException', async () => {
    const { accessKeyId, secretAccessKey } = credentials('REQUESTER');
    const wrong = (secretAccessKey[0] === 'x' ? 'y' : 'x') + secretAccessKey.slice(1);
    const impostor = client(undefined, { accessKeyId, secretAccessKey: wrong });
    await expectError(impostor.send(new GetAccountBalanceCommand({})), { name: 'InvalidSignatureException' });
  });

  it('a request without an Authorization header is a MissingAuthenticationTokenException', async () => {
    await expectError(unsignedClient().send(new GetAccountBalanceCommand({})), { name: 'MissingAuthenticationTokenException' });
  });

  it('a hand-signed request with the minimal signed headers is accepted', async () => {
    const response = await rawCall('GetAccountBalance', {}, { signedHeaders: ['host', 'x-amz-date', 'x-amz-target'] });
    assert.equal(response.status, 200, response.text);
    assert.match(response.json.AvailableBalance, /^[0-9]+\.[0-9]{2}$/);
  });
});

describe('Wire protocol', () => {
  it('responses are amz-json with a request id the SDK exposes', async () => {
    const response = await rawCall('GetAccountBalance', {});
    assert.equal(response.status, 200);
    assert.ok(response.headers.get('content-type').startsWith('application/x-amz-json-1.1'));
    assert.match(response.headers.get('x-amzn-requestid') ?? '', UUID);
    const viaSdk = await client().send(new GetAccountBalanceCommand({}));
    assert.match(viaSdk.$metadata.requestId, UUID);
  });

  it('a RequestError body has __type, Message and TurkErrorCode', async () => {
    const HITId = unknownId();
    const response = await rawCall('GetHIT', { HITId });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('x-amzn-requestid') ?? '', UUID);
    assert.deepEqual(Object.keys(response.json).sort(), ['Message', 'TurkErrorCode', '__type']);
    assert.equal(response.json.__type, 'RequestError');
    assert.equal(response.json.TurkErrorCode, 'AWS.MechanicalTurk.HITDoesNotExist');
    assert.match(response.json.Message, new RegExp(`^Hit ${HITId} does not exist\\. \\(\\d{13}\\)$`));
  });

  it('an unknown target is an UnknownOperationException', async () => {
    const response = await rawCall('FlyToTheMoon', {});
    assert.equal(response.status, 400);
    assert.equal(response.json.__type, 'UnknownOperationException');
  });

  it('a body that is not JSON is a SerializationException', async () => {
    const response = await rawCall('ListHITs', 'MaxResults=10');
    assert.equal(response.status, 400);
    assert.equal(response.json.__type, 'SerializationException');
  });

  it('a request without an Authorization header gets a lower-case message', async () => {
    const response = await rawCall('GetAccountBalance', {}, { sign: false });
    assert.equal(response.status, 400);
    assert.equal(response.json.__type, 'MissingAuthenticationTokenException');
    assert.equal(typeof response.json.message, 'string');
  });
});
