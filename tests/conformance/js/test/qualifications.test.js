// Qualification types, workers' qualifications and qualification requests through the AWS SDK for
// JavaScript v3 (mturk-compat §4.3, §8, §9.5, §9.6). Workers ask for qualifications through the worker JSON
// API (helpers.js), as the worker app does.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  AcceptQualificationRequestCommand,
  AssociateQualificationWithWorkerCommand,
  CreateQualificationTypeCommand,
  DeleteQualificationTypeCommand,
  DisassociateQualificationFromWorkerCommand,
  GetQualificationScoreCommand,
  GetQualificationTypeCommand,
  ListHITsForQualificationTypeCommand,
  ListQualificationRequestsCommand,
  ListQualificationTypesCommand,
  ListWorkersWithQualificationTypeCommand,
  RejectQualificationRequestCommand,
  UpdateQualificationTypeCommand,
  paginateListHITsForQualificationType,
  paginateListQualificationRequests,
  paginateListQualificationTypes,
  paginateListWorkersWithQualificationType,
} from '@aws-sdk/client-mturk';
import {
  ID,
  MASTERS,
  PERCENT_APPROVED,
  client,
  createHit,
  expectInvalidParameterValue,
  expectParameterValidationError,
  expectRequestError,
  expectValidationException,
  htmlQuestion,
  unique,
  unknownId,
  worker,
} from './helpers.js';

const mturk = client();
const other = client('OTHER');
const BEING_DELETED = 'This operation can be called with a status of: Active,Inactive';

const TEST =
  '<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">' +
  '<Question><QuestionIdentifier>colour</QuestionIdentifier><IsRequired>true</IsRequired>' +
  '<QuestionContent><Text>Which word is a colour?</Text></QuestionContent>' +
  '<AnswerSpecification><SelectionAnswer><Selections>' +
  '<Selection><SelectionIdentifier>red</SelectionIdentifier><Text>red</Text></Selection>' +
  '<Selection><SelectionIdentifier>fast</SelectionIdentifier><Text>fast</Text></Selection>' +
  '</Selections></SelectionAnswer></AnswerSpecification></Question></QuestionForm>';

const ANSWER_KEY =
  '<AnswerKey xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd">' +
  '<Question><QuestionIdentifier>colour</QuestionIdentifier>' +
  '<AnswerOption><SelectionIdentifier>red</SelectionIdentifier><AnswerScore>100</AnswerScore></AnswerOption>' +
  '</Question></AnswerKey>';

async function createType(client, overrides = {}) {
  const response = await client.send(
    new CreateQualificationTypeCommand({
      Name: unique('qualification'),
      Description: 'Workers who can tell colours apart',
      Keywords: 'colour, vision',
      QualificationTypeStatus: 'Active',
      ...overrides,
    }),
  );
  return response.QualificationType;
}

function hitRequiring(client, QualificationTypeId) {
  return createHit(client, { QualificationRequirements: [{ QualificationTypeId, Comparator: 'Exists' }] });
}

async function collect(paginator, key) {
  const items = [];
  for await (const page of paginator) {
    assert.equal(page.NumResults, (page[key] ?? []).length);
    items.push(...(page[key] ?? []));
  }
  return items;
}

describe('CreateQualificationType', () => {
  it('a new type echoes what was sent', async () => {
    const Name = unique('qualification');
    const created = await createType(mturk, { Name, Test: TEST, AnswerKey: ANSWER_KEY, TestDurationInSeconds: 600, RetryDelayInSeconds: 3600 });
    assert.match(created.QualificationTypeId, ID);
    assert.equal(created.Name, Name);
    assert.equal(created.QualificationTypeStatus, 'Active');
    assert.equal(created.Test, TEST);
    assert.equal(created.AnswerKey, ANSWER_KEY);
    assert.equal(created.TestDurationInSeconds, 600);
    assert.equal(created.RetryDelayInSeconds, 3600);
    assert.equal(created.IsRequestable, true);
    assert.equal(created.AutoGranted, false);
    assert.ok(created.CreationTime instanceof Date);
  });

  it('a name already used in any case is QualificationTypeAlreadyExists', async () => {
    const Name = unique('qualification');
    await createType(mturk, { Name });
    const error = await expectRequestError(createType(mturk, { Name: Name.toUpperCase() }), 'AWS.MechanicalTurk.QualificationTypeAlreadyExists');
    assert.ok(error.message.includes('already created a QualificationType with this name'), error.message);
  });

  it('a test that is not a QuestionForm is a parameter validation error', async () => {
    await expectParameterValidationError(createType(mturk, { Test: htmlQuestion(), TestDurationInSeconds: 600 }), 'Test');
  });

  it('a missing status is a ValidationException', async () => {
    await expectValidationException(mturk.send(new CreateQualificationTypeCommand({ Name: unique('qualification'), Description: 'd' })));
  });
});

describe('GetQualificationType', () => {
  it('another requester reads the type without its test and answer key', async () => {
    const created = await createType(mturk, { Test: TEST, AnswerKey: ANSWER_KEY, TestDurationInSeconds: 600 });
    const { QualificationType: theirs } = await other.send(new GetQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId }));
    assert.equal(theirs.Name, created.Name);
    assert.equal(theirs.Test, undefined);
    assert.equal(theirs.AnswerKey, undefined);
    const { QualificationType: mine } = await mturk.send(new GetQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId }));
    assert.equal(mine.Test, TEST);
  });

  it('system types are described as active and not requestable', async () => {
    for (const [QualificationTypeId, name] of [[PERCENT_APPROVED, 'Worker_PercentAssignmentsApproved'], [MASTERS, 'Masters']]) {
      const { QualificationType } = await mturk.send(new GetQualificationTypeCommand({ QualificationTypeId }));
      assert.equal(QualificationType.Name, name);
      assert.equal(QualificationType.QualificationTypeStatus, 'Active');
      assert.equal(QualificationType.IsRequestable, false);
    }
  });

  it('an unknown type does not exist', async () => {
    const id = unknownId();
    const error = await expectRequestError(mturk.send(new GetQualificationTypeCommand({ QualificationTypeId: id })), 'AWS.MechanicalTurk.QualificationTypeDoesNotExist');
    assert.ok(error.message.startsWith(`QualificationType ${id} does not exist.`), error.message);
  });
});

describe('ListQualificationTypes', () => {
  it('paginateListQualificationTypes finds each matching type once in pages of 2', async () => {
    const word = `needle${randomUUID().slice(0, 8)}`;
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await createType(mturk, { Keywords: `haystack, ${word}` })).QualificationTypeId);
    const found = await collect(
      paginateListQualificationTypes({ client: mturk, pageSize: 2 }, { Query: word.toUpperCase(), MustBeRequestable: true, MustBeOwnedByCaller: true }),
      'QualificationTypes',
    );
    assert.deepEqual(found.map((t) => t.QualificationTypeId).sort(), made.sort());
  });

  it('system types are listed only when requestable types are not asked for', async () => {
    const ids = async (MustBeRequestable) =>
      ((await mturk.send(new ListQualificationTypesCommand({ Query: 'Worker_Percent', MustBeRequestable, MaxResults: 100 }))).QualificationTypes ?? []).map(
        (t) => t.QualificationTypeId,
      );
    assert.ok((await ids(false)).includes(PERCENT_APPROVED));
    assert.ok(!(await ids(true)).includes(PERCENT_APPROVED));
  });

  it('MaxResults over 100 is a ValidationException', async () => {
    await expectValidationException(mturk.send(new ListQualificationTypesCommand({ MustBeRequestable: true, MaxResults: 101 })));
  });
});

describe('UpdateQualificationType', () => {
  it('the owner changes description, status and retry delay', async () => {
    const created = await createType(mturk);
    const { QualificationType: updated } = await mturk.send(
      new UpdateQualificationTypeCommand({
        QualificationTypeId: created.QualificationTypeId,
        Description: 'Sees every colour',
        QualificationTypeStatus: 'Inactive',
        RetryDelayInSeconds: 60,
      }),
    );
    assert.equal(updated.Name, created.Name);
    assert.equal(updated.Description, 'Sees every colour');
    assert.equal(updated.QualificationTypeStatus, 'Inactive');
    assert.equal(updated.RetryDelayInSeconds, 60);
  });

  it('another requester gets PermissionDenied', async () => {
    const created = await createType(mturk);
    await expectRequestError(
      other.send(new UpdateQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId, Description: 'mine' })),
      'AWS.MechanicalTurk.PermissionDeniedException',
    );
  });
});

describe('DeleteQualificationType', () => {
  it('a deleted type refuses further use and keeps its name while a live HIT requires it', async () => {
    const created = await createType(mturk);
    await hitRequiring(mturk, created.QualificationTypeId);
    await mturk.send(new DeleteQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId }));
    for (const command of [
      new GetQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId }),
      new DeleteQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId }),
      new AssociateQualificationWithWorkerCommand({ QualificationTypeId: created.QualificationTypeId, WorkerId: worker(1).id }),
    ]) {
      const error = await expectRequestError(mturk.send(command), 'AWS.MechanicalTurk.InvalidQualificationTypeState');
      assert.ok(error.message.startsWith(BEING_DELETED), error.message);
    }
    await expectRequestError(createType(mturk, { Name: created.Name }), 'AWS.MechanicalTurk.QualificationTypeAlreadyExists');
  });

  it('another requester gets PermissionDenied', async () => {
    const created = await createType(mturk);
    await expectRequestError(
      other.send(new DeleteQualificationTypeCommand({ QualificationTypeId: created.QualificationTypeId })),
      'AWS.MechanicalTurk.PermissionDeniedException',
    );
  });
});

describe('AssociateQualificationWithWorker', () => {
  it('grants one by default and a second grant overwrites the value', async () => {
    const { QualificationTypeId } = await createType(mturk);
    const WorkerId = worker(1).id;
    await mturk.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId, WorkerId, SendNotification: false }));
    const first = (await mturk.send(new GetQualificationScoreCommand({ QualificationTypeId, WorkerId }))).Qualification;
    assert.equal(first.IntegerValue, 1);
    assert.equal(first.Status, 'Granted');
    assert.ok(first.GrantTime instanceof Date);
    await mturk.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId, WorkerId, IntegerValue: 85 }));
    assert.equal((await mturk.send(new GetQualificationScoreCommand({ QualificationTypeId, WorkerId }))).Qualification.IntegerValue, 85);
  });

  it('a worker who does not exist is an invalid WorkerId', async () => {
    const { QualificationTypeId } = await createType(mturk);
    const error = await expectInvalidParameterValue(
      mturk.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId, WorkerId: 'ANOBODY00000001' })),
    );
    assert.ok(error.message.startsWith('WorkerId is invalid.'), error.message);
  });

  it('nobody grants a system type or another requester\'s type', async () => {
    const { QualificationTypeId } = await createType(mturk);
    for (const id of [QualificationTypeId, MASTERS]) {
      await expectRequestError(
        other.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId: id, WorkerId: worker(1).id })),
        'AWS.MechanicalTurk.PermissionDeniedException',
      );
    }
  });
});

describe('DisassociateQualificationFromWorker', () => {
  it('revokes, after which the score is an InvalidQualificationState', async () => {
    const { QualificationTypeId } = await createType(mturk);
    const WorkerId = worker(2).id;
    await mturk.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId, WorkerId }));
    await mturk.send(new DisassociateQualificationFromWorkerCommand({ QualificationTypeId, WorkerId, Reason: 'Too many mistakes.' }));
    const error = await expectRequestError(
      mturk.send(new GetQualificationScoreCommand({ QualificationTypeId, WorkerId })),
      'AWS.MechanicalTurk.InvalidQualificationState',
    );
    assert.ok(error.message.startsWith('This operation can be called with a status of: Granted'), error.message);
  });

  it('a qualification never held does not exist', async () => {
    const { QualificationTypeId } = await createType(mturk);
    await expectRequestError(
      mturk.send(new DisassociateQualificationFromWorkerCommand({ QualificationTypeId, WorkerId: worker(3).id })),
      'AWS.MechanicalTurk.QualificationDoesNotExist',
    );
  });
});

describe('GetQualificationScore', () => {
  it('a qualification never held does not exist', async () => {
    const { QualificationTypeId } = await createType(mturk);
    await expectRequestError(
      mturk.send(new GetQualificationScoreCommand({ QualificationTypeId, WorkerId: worker(3).id })),
      'AWS.MechanicalTurk.QualificationDoesNotExist',
    );
  });

  it('another requester gets PermissionDenied', async () => {
    const { QualificationTypeId } = await createType(mturk);
    await mturk.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId, WorkerId: worker(1).id }));
    await expectRequestError(
      other.send(new GetQualificationScoreCommand({ QualificationTypeId, WorkerId: worker(1).id })),
      'AWS.MechanicalTurk.PermissionDeniedException',
    );
  });
});

describe('ListWorkersWithQualificationType', () => {
  it('paginateListWorkersWithQualificationType lists each granted worker once and revoked ones on request', async () => {
    const { QualificationTypeId } = await createType(mturk);
    const ids = [1, 2, 3].map((n) => worker(n).id);
    for (const WorkerId of ids) await mturk.send(new AssociateQualificationWithWorkerCommand({ QualificationTypeId, WorkerId }));
    await mturk.send(new DisassociateQualificationFromWorkerCommand({ QualificationTypeId, WorkerId: ids[0] }));
    const granted = await collect(paginateListWorkersWithQualificationType({ client: mturk, pageSize: 1 }, { QualificationTypeId }), 'Qualifications');
    assert.deepEqual(granted.map((q) => q.WorkerId).sort(), ids.slice(1).sort());
    const revoked = await mturk.send(new ListWorkersWithQualificationTypeCommand({ QualificationTypeId, Status: 'Revoked' }));
    assert.deepEqual(revoked.Qualifications.map((q) => [q.WorkerId, q.Status]), [[ids[0], 'Revoked']]);
  });
});

describe('ListQualificationRequests', () => {
  it('a type nobody asked for has no pending requests', async () => {
    const { QualificationTypeId } = await createType(mturk);
    const listed = await mturk.send(new ListQualificationRequestsCommand({ QualificationTypeId }));
    assert.equal(listed.NumResults, 0);
    assert.deepEqual(await collect(paginateListQualificationRequests({ client: mturk }, { QualificationTypeId }), 'QualificationRequests'), []);
  });

  it('another requester\'s type is PermissionDenied', async () => {
    const { QualificationTypeId } = await createType(other);
    await expectRequestError(mturk.send(new ListQualificationRequestsCommand({ QualificationTypeId })), 'AWS.MechanicalTurk.PermissionDeniedException');
  });
});

describe('AcceptQualificationRequest', () => {
  it('accepting a worker\'s request grants the value given', async () => {
    const { QualificationTypeId } = await createType(mturk);
    await worker(1).requestQualification(QualificationTypeId);
    const [request] = (await mturk.send(new ListQualificationRequestsCommand({ QualificationTypeId }))).QualificationRequests;
    assert.equal(request.WorkerId, worker(1).id);

    await mturk.send(new AcceptQualificationRequestCommand({ QualificationRequestId: request.QualificationRequestId, IntegerValue: 9 }));

    const { Qualification } = await mturk.send(new GetQualificationScoreCommand({ QualificationTypeId, WorkerId: worker(1).id }));
    assert.equal(Qualification.IntegerValue, 9);
  });

  it('an unknown request does not exist', async () => {
    const id = unknownId();
    const error = await expectRequestError(
      mturk.send(new AcceptQualificationRequestCommand({ QualificationRequestId: id, IntegerValue: 5 })),
      'AWS.MechanicalTurk.QualificationRequestDoesNotExist',
    );
    assert.ok(error.message.startsWith(`QualificationRequest ${id} does not exist.`), error.message);
  });
});

describe('RejectQualificationRequest', () => {
  it('a rejected request disappears and cannot be accepted afterwards', async () => {
    const { QualificationTypeId } = await createType(mturk);
    assert.equal((await worker(2).requestQualification(QualificationTypeId)).Outcome, 'Pending');
    const [request] = (await mturk.send(new ListQualificationRequestsCommand({ QualificationTypeId }))).QualificationRequests;

    await mturk.send(new RejectQualificationRequestCommand({ QualificationRequestId: request.QualificationRequestId, Reason: 'Not this time.' }));

    assert.equal((await mturk.send(new ListQualificationRequestsCommand({ QualificationTypeId }))).NumResults, 0);
    await expectRequestError(
      mturk.send(new AcceptQualificationRequestCommand({ QualificationRequestId: request.QualificationRequestId })),
      'AWS.MechanicalTurk.QualificationRequestDoesNotExist',
    );
  });

  it('an unknown request does not exist', async () => {
    await expectRequestError(
      mturk.send(new RejectQualificationRequestCommand({ QualificationRequestId: unknownId(), Reason: 'No.' })),
      'AWS.MechanicalTurk.QualificationRequestDoesNotExist',
    );
  });
});

describe('ListHITsForQualificationType', () => {
  it('paginateListHITsForQualificationType lists the caller\'s HITs that require the type', async () => {
    const { QualificationTypeId } = await createType(mturk);
    const requiring = [];
    for (let i = 0; i < 3; i++) requiring.push((await hitRequiring(mturk, QualificationTypeId)).HITId);
    await createHit(mturk);
    await hitRequiring(other, QualificationTypeId);
    const hits = await collect(paginateListHITsForQualificationType({ client: mturk, pageSize: 2 }, { QualificationTypeId }), 'HITs');
    assert.deepEqual(hits.map((h) => h.HITId).sort(), requiring.sort());
    for (const hit of hits) assert.equal(hit.QualificationRequirements[0].QualificationTypeId, QualificationTypeId);
  });

  it('an unknown type does not exist', async () => {
    await expectRequestError(
      mturk.send(new ListHITsForQualificationTypeCommand({ QualificationTypeId: unknownId() })),
      'AWS.MechanicalTurk.QualificationTypeDoesNotExist',
    );
  });
});
