"""Qualification types, workers' qualifications and qualification requests through boto3
(mturk-compat §4.3, §8, §9.5, §9.6).

Workers ask for qualifications through the worker JSON API (common/worker_api.py), as the worker app does."""

import uuid

from conformance import MASTERS, PERCENT_APPROVED, QUESTION_FORM, MTurkTestCase, client, create_hit, html_question, unique, unknown_id, worker

# A test with one selection question and an answer key that scores it.
TEST = """<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Question><QuestionIdentifier>colour</QuestionIdentifier><IsRequired>true</IsRequired>
    <QuestionContent><Text>Which word is a colour?</Text></QuestionContent>
    <AnswerSpecification><SelectionAnswer><Selections>
      <Selection><SelectionIdentifier>red</SelectionIdentifier><Text>red</Text></Selection>
      <Selection><SelectionIdentifier>fast</SelectionIdentifier><Text>fast</Text></Selection>
    </Selections></SelectionAnswer></AnswerSpecification></Question>
</QuestionForm>"""

ANSWER_KEY = """<AnswerKey xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd">
  <Question><QuestionIdentifier>colour</QuestionIdentifier>
    <AnswerOption><SelectionIdentifier>red</SelectionIdentifier><AnswerScore>100</AnswerScore></AnswerOption>
  </Question>
</AnswerKey>"""

BEING_DELETED = "This operation can be called with a status of: Active,Inactive"


def create_type(mturk, name=None, **extra):
    properties = {
        "Name": name or unique("qualification"),
        "Description": "Workers who can tell colours apart",
        "Keywords": "colour, vision",
        "QualificationTypeStatus": "Active",
    }
    properties.update(extra)
    return mturk.create_qualification_type(**properties)["QualificationType"]


def hit_requiring(mturk, type_id):
    return create_hit(mturk, QualificationRequirements=[{"QualificationTypeId": type_id, "Comparator": "Exists"}])


class CreatingQualificationTypes(MTurkTestCase):
    def test_a_new_type_echoes_what_was_sent(self):
        name = unique("qualification")
        created = create_type(
            self.mturk, name, Test=TEST, AnswerKey=ANSWER_KEY, TestDurationInSeconds=600, RetryDelayInSeconds=3600
        )
        self.assertIsId(created["QualificationTypeId"])
        self.assertEqual(created["Name"], name)
        self.assertEqual(created["Description"], "Workers who can tell colours apart")
        self.assertEqual(created["Keywords"], "colour, vision")
        self.assertEqual(created["QualificationTypeStatus"], "Active")
        self.assertEqual(created["Test"], TEST)
        self.assertEqual(created["AnswerKey"], ANSWER_KEY)
        self.assertEqual(created["TestDurationInSeconds"], 600)
        self.assertEqual(created["RetryDelayInSeconds"], 3600)
        self.assertTrue(created["IsRequestable"])
        self.assertFalse(created["AutoGranted"])
        self.assertRecent(created["CreationTime"])

    def test_an_auto_granted_type_has_a_value_of_one_by_default(self):
        created = create_type(self.mturk, AutoGranted=True)
        self.assertTrue(created["AutoGranted"])
        self.assertEqual(created["AutoGrantedValue"], 1)

    def test_a_name_already_used_in_any_case_is_qualification_type_already_exists(self):
        name = unique("qualification")
        create_type(self.mturk, name)
        message = self.assertRequestError(
            "AWS.MechanicalTurk.QualificationTypeAlreadyExists", create_type, self.mturk, name.upper()
        )
        self.assertIn("already created a QualificationType with this name", message)
        self.assertEqual(create_type(client("OTHER"), name)["Name"], name)

    def test_a_test_that_is_not_a_question_form_is_a_parameter_validation_error(self):
        message = self.assertParameterValidationError(
            create_type, self.mturk, Test=html_question(), TestDurationInSeconds=600
        )
        self.assertIn("Test", message)

    def test_a_test_without_a_duration_is_refused(self):
        message = self.assertParameterValidationError(create_type, self.mturk, Test=QUESTION_FORM)
        self.assertIn("TestDurationInSeconds", message)

    def test_a_missing_status_is_a_validation_exception(self):
        unchecked = client(validate=False)
        message = self.assertValidationException(
            unchecked.create_qualification_type, Name=unique("qualification"), Description="d"
        )
        self.assertIn("qualificationTypeStatus", message)


class ReadingQualificationTypes(MTurkTestCase):
    def test_another_requester_reads_the_type_without_its_test_and_answer_key(self):
        created = create_type(self.mturk, Test=TEST, AnswerKey=ANSWER_KEY, TestDurationInSeconds=600)
        theirs = client("OTHER").get_qualification_type(QualificationTypeId=created["QualificationTypeId"])["QualificationType"]
        self.assertEqual(theirs["Name"], created["Name"])
        self.assertEqual(theirs["TestDurationInSeconds"], 600)
        self.assertNotIn("Test", theirs)
        self.assertNotIn("AnswerKey", theirs)
        mine = self.mturk.get_qualification_type(QualificationTypeId=created["QualificationTypeId"])["QualificationType"]
        self.assertEqual(mine["Test"], TEST)
        self.assertEqual(mine["CreationTime"], created["CreationTime"])

    def test_system_types_are_described_as_active_and_not_requestable(self):
        for type_id, name in ((PERCENT_APPROVED, "Worker_PercentAssignmentsApproved"), (MASTERS, "Masters")):
            with self.subTest(type_id=type_id):
                described = self.mturk.get_qualification_type(QualificationTypeId=type_id)["QualificationType"]
                self.assertEqual(described["Name"], name)
                self.assertEqual(described["QualificationTypeStatus"], "Active")
                self.assertFalse(described["IsRequestable"])

    def test_an_unknown_type_does_not_exist(self):
        type_id = unknown_id()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.QualificationTypeDoesNotExist", self.mturk.get_qualification_type, QualificationTypeId=type_id
        )
        self.assertTrue(message.startswith("QualificationType %s does not exist." % type_id), message)

    def test_the_paginator_finds_each_matching_type_once_in_pages_of_2(self):
        word = "needle" + uuid.uuid4().hex[:10]
        made = [create_type(self.mturk, Keywords="haystack, " + word)["QualificationTypeId"] for _ in range(5)]
        found = []
        for page in self.mturk.get_paginator("list_qualification_types").paginate(
            Query=word.upper(), MustBeRequestable=True, MustBeOwnedByCaller=True, PaginationConfig={"PageSize": 2}
        ):
            self.assertEqual(page["NumResults"], len(page["QualificationTypes"]))
            found.extend(t["QualificationTypeId"] for t in page["QualificationTypes"])
        self.assertEqual(sorted(found), sorted(made))

    def test_other_requesters_active_types_are_listed_unless_only_the_callers_are_asked_for(self):
        word = "shared" + uuid.uuid4().hex[:10]
        theirs = create_type(client("OTHER"), Keywords=word)["QualificationTypeId"]
        create_type(client("OTHER"), Keywords=word, QualificationTypeStatus="Inactive")
        listed = self.mturk.list_qualification_types(Query=word, MustBeRequestable=True)["QualificationTypes"]
        self.assertEqual([t["QualificationTypeId"] for t in listed], [theirs])
        self.assertEqual(
            self.mturk.list_qualification_types(Query=word, MustBeRequestable=True, MustBeOwnedByCaller=True)["NumResults"], 0
        )

    def test_system_types_are_listed_only_when_requestable_types_are_not_asked_for(self):
        everything = self.mturk.list_qualification_types(Query="Worker_Percent", MustBeRequestable=False, MaxResults=100)
        self.assertIn(PERCENT_APPROVED, [t["QualificationTypeId"] for t in everything["QualificationTypes"]])
        requestable = self.mturk.list_qualification_types(Query="Worker_Percent", MustBeRequestable=True, MaxResults=100)
        self.assertNotIn(PERCENT_APPROVED, [t["QualificationTypeId"] for t in requestable["QualificationTypes"]])


class ChangingQualificationTypes(MTurkTestCase):
    def test_update_changes_description_status_and_retry_delay(self):
        created = create_type(self.mturk)
        updated = self.mturk.update_qualification_type(
            QualificationTypeId=created["QualificationTypeId"],
            Description="Sees every colour",
            QualificationTypeStatus="Inactive",
            RetryDelayInSeconds=60,
        )["QualificationType"]
        self.assertEqual(updated["Name"], created["Name"])
        self.assertEqual(updated["Description"], "Sees every colour")
        self.assertEqual(updated["QualificationTypeStatus"], "Inactive")
        self.assertEqual(updated["RetryDelayInSeconds"], 60)

    def test_a_new_test_needs_a_duration_and_replaces_the_answer_key(self):
        created = create_type(self.mturk, Test=TEST, AnswerKey=ANSWER_KEY, TestDurationInSeconds=600)
        type_id = created["QualificationTypeId"]
        self.assertParameterValidationError(self.mturk.update_qualification_type, QualificationTypeId=type_id, Test=TEST)
        updated = self.mturk.update_qualification_type(QualificationTypeId=type_id, Test=TEST, TestDurationInSeconds=300)["QualificationType"]
        self.assertEqual(updated["TestDurationInSeconds"], 300)
        self.assertNotIn("AnswerKey", updated)

    def test_another_requester_cannot_update_it_nor_anyone_a_system_type(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        other = client("OTHER")
        self.assertRequestError(
            "AWS.MechanicalTurk.PermissionDeniedException", other.update_qualification_type, QualificationTypeId=type_id, Description="mine"
        )
        self.assertRequestError(
            "AWS.MechanicalTurk.PermissionDeniedException", self.mturk.update_qualification_type, QualificationTypeId=MASTERS, Description="x"
        )


class DeletingQualificationTypes(MTurkTestCase):
    def test_a_deleted_type_refuses_further_use_and_keeps_its_name_while_disposing(self):
        name = unique("qualification")
        type_id = create_type(self.mturk, name)["QualificationTypeId"]
        hit_requiring(self.mturk, type_id)
        self.assertEqual(self.mturk.delete_qualification_type(QualificationTypeId=type_id)["ResponseMetadata"]["HTTPStatusCode"], 200)
        for call, kwargs in (
            (self.mturk.get_qualification_type, {}),
            (self.mturk.delete_qualification_type, {}),
            (self.mturk.update_qualification_type, {"Description": "d"}),
            (self.mturk.associate_qualification_with_worker, {"WorkerId": worker(1).id}),
        ):
            with self.subTest(operation=call.__name__):
                message = self.assertRequestError(
                    "AWS.MechanicalTurk.InvalidQualificationTypeState", call, QualificationTypeId=type_id, **kwargs
                )
                self.assertTrue(message.startswith(BEING_DELETED), message)
        # A live HIT still requires it, so the deletion cannot finish and the name stays taken.
        self.assertRequestError("AWS.MechanicalTurk.QualificationTypeAlreadyExists", create_type, self.mturk, name)

    def test_another_requester_cannot_delete_it(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        self.assertRequestError(
            "AWS.MechanicalTurk.PermissionDeniedException", client("OTHER").delete_qualification_type, QualificationTypeId=type_id
        )
        self.assertEqual(self.mturk.get_qualification_type(QualificationTypeId=type_id)["QualificationType"]["QualificationTypeStatus"], "Active")


class GrantingQualifications(MTurkTestCase):
    def test_associate_grants_one_by_default_and_again_overwrites_the_value(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        worker_id = worker(1).id
        self.mturk.associate_qualification_with_worker(QualificationTypeId=type_id, WorkerId=worker_id, SendNotification=False)
        score = self.mturk.get_qualification_score(QualificationTypeId=type_id, WorkerId=worker_id)["Qualification"]
        self.assertEqual(score["QualificationTypeId"], type_id)
        self.assertEqual(score["WorkerId"], worker_id)
        self.assertEqual(score["IntegerValue"], 1)
        self.assertEqual(score["Status"], "Granted")
        self.assertRecent(score["GrantTime"])
        self.mturk.associate_qualification_with_worker(QualificationTypeId=type_id, WorkerId=worker_id, IntegerValue=85)
        self.assertEqual(self.mturk.get_qualification_score(QualificationTypeId=type_id, WorkerId=worker_id)["Qualification"]["IntegerValue"], 85)

    def test_a_granted_worker_may_accept_a_hit_that_requires_the_type(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        hit_id = hit_requiring(self.mturk, type_id)["HITId"]
        status, _ = worker(2).call("POST", "/hits/%s/accept" % hit_id)
        self.assertEqual(status, 403)
        self.mturk.associate_qualification_with_worker(QualificationTypeId=type_id, WorkerId=worker(2).id)
        worker(2).give_back(worker(2).accept(hit_id))

    def test_disassociate_revokes_and_the_score_is_then_an_invalid_state(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        worker_id = worker(1).id
        self.mturk.associate_qualification_with_worker(QualificationTypeId=type_id, WorkerId=worker_id, IntegerValue=3)
        self.mturk.disassociate_qualification_from_worker(QualificationTypeId=type_id, WorkerId=worker_id, Reason="Too many mistakes.")
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidQualificationState", self.mturk.get_qualification_score, QualificationTypeId=type_id, WorkerId=worker_id
        )
        self.assertTrue(message.startswith("This operation can be called with a status of: Granted"), message)
        revoked = self.mturk.list_workers_with_qualification_type(QualificationTypeId=type_id, Status="Revoked")["Qualifications"]
        self.assertEqual([(q["WorkerId"], q["Status"]) for q in revoked], [(worker_id, "Revoked")])

    def test_a_qualification_never_held_does_not_exist(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        for call in (self.mturk.get_qualification_score, self.mturk.disassociate_qualification_from_worker):
            with self.subTest(operation=call.__name__):
                message = self.assertRequestError(
                    "AWS.MechanicalTurk.QualificationDoesNotExist", call, QualificationTypeId=type_id, WorkerId=worker(3).id
                )
                self.assertIn("does not exist", message)

    def test_a_worker_who_does_not_exist_is_an_invalid_worker_id(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue",
            self.mturk.associate_qualification_with_worker,
            QualificationTypeId=type_id,
            WorkerId="ANOBODY00000001",
        )
        self.assertTrue(message.startswith("WorkerId is invalid."), message)

    def test_only_the_owner_grants_and_nobody_grants_a_system_type(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        other = client("OTHER")
        for target in (type_id, MASTERS, PERCENT_APPROVED):
            with self.subTest(type_id=target):
                self.assertRequestError(
                    "AWS.MechanicalTurk.PermissionDeniedException",
                    other.associate_qualification_with_worker,
                    QualificationTypeId=target,
                    WorkerId=worker(1).id,
                )
                self.assertRequestError(
                    "AWS.MechanicalTurk.PermissionDeniedException", other.get_qualification_score, QualificationTypeId=target, WorkerId=worker(1).id
                )

    def test_the_paginator_lists_each_granted_worker_once(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        granted = [worker(n).id for n in (1, 2, 3)]
        for value, worker_id in enumerate(granted):
            self.mturk.associate_qualification_with_worker(QualificationTypeId=type_id, WorkerId=worker_id, IntegerValue=value)
        seen = []
        for page in self.mturk.get_paginator("list_workers_with_qualification_type").paginate(
            QualificationTypeId=type_id, PaginationConfig={"PageSize": 2}
        ):
            self.assertEqual(page["NumResults"], len(page["Qualifications"]))
            seen.extend(q["WorkerId"] for q in page["Qualifications"])
        self.assertEqual(sorted(seen), sorted(granted))
        self.assertRequestError(
            "AWS.MechanicalTurk.PermissionDeniedException", client("OTHER").list_workers_with_qualification_type, QualificationTypeId=type_id
        )


class DecidingQualificationRequests(MTurkTestCase):
    def test_a_type_nobody_asked_for_has_no_pending_requests(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        listed = self.mturk.list_qualification_requests(QualificationTypeId=type_id)
        self.assertEqual(listed["NumResults"], 0)
        self.assertEqual(listed["QualificationRequests"], [])
        pages = list(self.mturk.get_paginator("list_qualification_requests").paginate(QualificationTypeId=type_id))
        self.assertEqual(sum(page["NumResults"] for page in pages), 0)

    def test_another_requesters_type_is_permission_denied(self):
        type_id = create_type(client("OTHER"))["QualificationTypeId"]
        self.assertRequestError(
            "AWS.MechanicalTurk.PermissionDeniedException", self.mturk.list_qualification_requests, QualificationTypeId=type_id
        )

    def test_a_workers_test_answers_are_listed_and_accepting_grants_the_value_given(self):
        type_id = create_type(self.mturk, Test=TEST, TestDurationInSeconds=600)["QualificationTypeId"]
        self.assertEqual(worker(1).request_qualification(type_id)["Outcome"], "TakingTest")
        self.assertEqual(worker(1).request_qualification(type_id, {"colour": "red"})["Outcome"], "Pending")

        listed = self.mturk.list_qualification_requests(QualificationTypeId=type_id)["QualificationRequests"]
        self.assertEqual(len(listed), 1)
        self.assertEqual(listed[0]["WorkerId"], worker(1).id)
        self.assertIn("<SelectionIdentifier>red</SelectionIdentifier>", listed[0]["Answer"])
        self.assertIn("Which word is a colour?", listed[0]["Test"])
        self.mturk.accept_qualification_request(QualificationRequestId=listed[0]["QualificationRequestId"], IntegerValue=7)

        score = self.mturk.get_qualification_score(QualificationTypeId=type_id, WorkerId=worker(1).id)["Qualification"]
        self.assertEqual((score["IntegerValue"], score["Status"]), (7, "Granted"))
        self.assertEqual(self.mturk.list_qualification_requests(QualificationTypeId=type_id)["NumResults"], 0)

    def test_a_rejected_request_disappears_and_cannot_be_decided_again(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        self.assertEqual(worker(2).request_qualification(type_id)["Outcome"], "Pending")
        request_id = self.mturk.list_qualification_requests(QualificationTypeId=type_id)["QualificationRequests"][0]["QualificationRequestId"]

        self.mturk.reject_qualification_request(QualificationRequestId=request_id, Reason="We need native speakers.")

        self.assertEqual(self.mturk.list_qualification_requests(QualificationTypeId=type_id)["NumResults"], 0)
        self.assertRequestError(
            "AWS.MechanicalTurk.QualificationRequestDoesNotExist", self.mturk.accept_qualification_request, QualificationRequestId=request_id
        )

    def test_deciding_an_unknown_request_says_it_does_not_exist(self):
        request_id = unknown_id()
        for call in (self.mturk.accept_qualification_request, self.mturk.reject_qualification_request):
            with self.subTest(operation=call.__name__):
                message = self.assertRequestError(
                    "AWS.MechanicalTurk.QualificationRequestDoesNotExist", call, QualificationRequestId=request_id
                )
                self.assertTrue(message.startswith("QualificationRequest %s does not exist." % request_id), message)


class ListingHITsForQualificationTypes(MTurkTestCase):
    def test_the_paginator_lists_the_callers_hits_that_require_the_type(self):
        type_id = create_type(self.mturk)["QualificationTypeId"]
        requiring = [hit_requiring(self.mturk, type_id)["HITId"] for _ in range(3)]
        create_hit(self.mturk)
        hit_requiring(client("OTHER"), type_id)
        seen = []
        for page in self.mturk.get_paginator("list_hits_for_qualification_type").paginate(
            QualificationTypeId=type_id, PaginationConfig={"PageSize": 2}
        ):
            self.assertEqual(page["NumResults"], len(page["HITs"]))
            for hit in page["HITs"]:
                self.assertEqual(hit["QualificationRequirements"][0]["QualificationTypeId"], type_id)
                self.assertEqual(hit["HITStatus"], "Assignable")
            seen.extend(h["HITId"] for h in page["HITs"])
        self.assertEqual(sorted(seen), sorted(requiring))

    def test_an_unknown_type_does_not_exist(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.QualificationTypeDoesNotExist", self.mturk.list_hits_for_qualification_type, QualificationTypeId=unknown_id()
        )
