import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreateHITTypeCommand } from '@aws-sdk/client-mturk';
import {
  ID,
  LOCALE,
  MASTERS,
  PERCENT_APPROVED,
  client,
  createHit,
  expectParameterValidationError,
  expectRequestError,
  expectValidationException,
  hitTypeProperties,
  unique,
  unknownId,
} from './helpers.js';

const mturk = client();

describe('CreateHITType', () => {
  it('a new HIT type gets a 30-character id', async () => {
    const response = await mturk.send(new CreateHITTypeCommand(hitTypeProperties()));
    assert.match(response.HITTypeId, ID);
    assert.equal(response.$metadata.httpStatusCode, 200);
  });

  it('identical properties return the same HIT type', async () => {
    const props = hitTypeProperties();
    const first = await mturk.send(new CreateHITTypeCommand(props));
    const second = await mturk.send(new CreateHITTypeCommand(props));
    assert.equal(second.HITTypeId, first.HITTypeId);
  });

  it('a different reward makes a different HIT type', async () => {
    const props = hitTypeProperties({ Reward: '0.05' });
    const first = await mturk.send(new CreateHITTypeCommand(props));
    const second = await mturk.send(new CreateHITTypeCommand({ ...props, Reward: '0.06' }));
    assert.notEqual(second.HITTypeId, first.HITTypeId);
  });

  it('equal rewards written differently are the same HIT type', async () => {
    const Title = unique('reward');
    const short = await mturk.send(new CreateHITTypeCommand(hitTypeProperties({ Title, Reward: '0.5' })));
    const full = await mturk.send(new CreateHITTypeCommand(hitTypeProperties({ Title, Reward: '0.50' })));
    assert.equal(short.HITTypeId, full.HITTypeId);
  });

  it('CreateHIT with the properties of an existing type reuses that type', async () => {
    const props = hitTypeProperties();
    const { HITTypeId } = await mturk.send(new CreateHITTypeCommand(props));
    const hit = await createHit(mturk, props);
    assert.equal(hit.HITTypeId, HITTypeId);
  });

  it('system qualification types can be required', async () => {
    const QualificationRequirements = [
      { QualificationTypeId: PERCENT_APPROVED, Comparator: 'GreaterThanOrEqualTo', IntegerValues: [95] },
      { QualificationTypeId: LOCALE, Comparator: 'EqualTo', LocaleValues: [{ Country: 'US' }] },
      { QualificationTypeId: MASTERS, Comparator: 'Exists' },
    ];
    const response = await mturk.send(new CreateHITTypeCommand(hitTypeProperties({ QualificationRequirements })));
    assert.match(response.HITTypeId, ID);
  });

  it('an unknown qualification type is refused', async () => {
    const QualificationRequirements = [{ QualificationTypeId: unknownId(), Comparator: 'Exists' }];
    await expectRequestError(
      mturk.send(new CreateHITTypeCommand(hitTypeProperties({ QualificationRequirements }))),
      'AWS.MechanicalTurk.QualificationTypeDoesNotExist',
    );
  });

  it('an assignment duration under 30 seconds is a parameter validation error', async () => {
    await expectParameterValidationError(
      mturk.send(new CreateHITTypeCommand(hitTypeProperties({ AssignmentDurationInSeconds: 29 }))),
      'AssignmentDurationInSeconds',
    );
  });

  it('a title over 128 characters is a parameter validation error', async () => {
    await expectParameterValidationError(
      mturk.send(new CreateHITTypeCommand(hitTypeProperties({ Title: 'T'.repeat(129) }))),
      'Title',
    );
  });

  it('a reward with three decimals is a ValidationException', async () => {
    const error = await expectValidationException(
      mturk.send(new CreateHITTypeCommand(hitTypeProperties({ Reward: '0.001' }))),
    );
    assert.match(error.message, /^1 validation error detected: Value '0\.001' at 'reward' failed to satisfy constraint: Member must satisfy regular expression pattern/);
  });

  it('a missing title is a ValidationException', async () => {
    const props = hitTypeProperties();
    delete props.Title;
    const error = await expectValidationException(mturk.send(new CreateHITTypeCommand(props)));
    assert.match(error.message, /'title' failed to satisfy constraint: Member must not be null/);
  });
});
