"""Tenant isolation: another requester's HITs and HIT types do not exist for you."""

import unittest

from conformance import (
    MTurkTestCase,
    all_hits,
    balance,
    client,
    create_hit,
    create_hit_type,
    expire,
    hit_type_properties,
    html_question,
    submitted_assignment,
    worker,
)


class AnotherRequestersHITs(MTurkTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other = client("OTHER")

    def setUp(self):
        self.foreign = create_hit(self.other)

    def assertDoesNotExist(self, call, **kwargs):
        message = self.assertRequestError("AWS.MechanicalTurk.HITDoesNotExist", call, **kwargs)
        self.assertTrue(message.startswith("Hit %s does not exist." % self.foreign["HITId"]), message)

    def test_get_hit_says_it_does_not_exist(self):
        self.assertDoesNotExist(self.mturk.get_hit, HITId=self.foreign["HITId"])

    def test_update_expiration_says_it_does_not_exist_and_changes_nothing(self):
        self.assertDoesNotExist(self.mturk.update_expiration_for_hit, HITId=self.foreign["HITId"], ExpireAt=0)
        self.assertEqual(self.other.get_hit(HITId=self.foreign["HITId"])["HIT"]["HITStatus"], "Assignable")

    def test_update_hit_type_says_it_does_not_exist(self):
        self.assertDoesNotExist(
            self.mturk.update_hit_type_of_hit, HITId=self.foreign["HITId"], HITTypeId=create_hit_type(self.mturk)
        )
        self.assertEqual(self.other.get_hit(HITId=self.foreign["HITId"])["HIT"]["HITTypeId"], self.foreign["HITTypeId"])

    def test_delete_hit_says_it_does_not_exist_even_when_it_is_deletable(self):
        self.other.update_expiration_for_hit(HITId=self.foreign["HITId"], ExpireAt=0)
        self.assertDoesNotExist(self.mturk.delete_hit, HITId=self.foreign["HITId"])
        self.assertEqual(self.other.get_hit(HITId=self.foreign["HITId"])["HIT"]["HITStatus"], "Reviewable")

    def test_list_hits_does_not_show_them(self):
        mine = create_hit(self.mturk)
        my_ids = [h["HITId"] for h in all_hits(self.mturk)]
        their_ids = [h["HITId"] for h in all_hits(self.other)]
        self.assertIn(mine["HITId"], my_ids)
        self.assertNotIn(self.foreign["HITId"], my_ids)
        self.assertIn(self.foreign["HITId"], their_ids)
        self.assertNotIn(mine["HITId"], their_ids)

    def test_their_hit_type_does_not_exist_for_create_hit_with_hit_type(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.HITTypeDoesNotExist",
            self.mturk.create_hit_with_hit_type,
            HITTypeId=self.foreign["HITTypeId"],
            LifetimeInSeconds=600,
            Question=html_question(),
        )

    def test_identical_hit_types_of_two_requesters_are_different_types(self):
        props = hit_type_properties()
        self.assertNotEqual(self.mturk.create_hit_type(**props)["HITTypeId"], self.other.create_hit_type(**props)["HITTypeId"])

    def test_their_escrow_does_not_touch_my_balance(self):
        before = balance(self.mturk)
        create_hit(self.other, reward="1.00", MaxAssignments=2)
        self.assertEqual(balance(self.mturk), before)


class AnotherRequestersAssignments(MTurkTestCase):
    """Work submitted on the OTHER requester's HIT does not exist for the main requester."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other = client("OTHER")

    def setUp(self):
        self.foreign_hit, self.foreign = submitted_assignment(self.other, worker_number=1)
        self.hit_id = self.foreign_hit["HITId"]

    def assertAssignmentDoesNotExist(self, call, **kwargs):
        message = self.assertRequestError("AWS.MechanicalTurk.AssignmentDoesNotExist", call, **kwargs)
        self.assertTrue(message.startswith("Assignment %s does not exist." % self.foreign), message)

    def assertHITDoesNotExist(self, call, **kwargs):
        message = self.assertRequestError("AWS.MechanicalTurk.HITDoesNotExist", call, **kwargs)
        self.assertTrue(message.startswith("Hit %s does not exist." % self.hit_id), message)

    def assertUntouched(self):
        assignment = self.other.get_assignment(AssignmentId=self.foreign)["Assignment"]
        self.assertEqual(assignment["AssignmentStatus"], "Submitted")
        self.assertEqual(self.other.list_bonus_payments(AssignmentId=self.foreign)["BonusPayments"], [])

    def test_get_assignment_says_it_does_not_exist(self):
        self.assertAssignmentDoesNotExist(self.mturk.get_assignment, AssignmentId=self.foreign)

    def test_approve_and_reject_say_it_does_not_exist_and_change_nothing(self):
        before = balance(self.mturk)
        self.assertAssignmentDoesNotExist(self.mturk.approve_assignment, AssignmentId=self.foreign)
        self.assertAssignmentDoesNotExist(self.mturk.reject_assignment, AssignmentId=self.foreign, RequesterFeedback="No.")
        self.assertAssignmentDoesNotExist(self.mturk.approve_assignment, AssignmentId=self.foreign, OverrideRejection=True)
        self.assertUntouched()
        self.assertEqual(balance(self.mturk), before)

    def test_send_bonus_says_it_does_not_exist_and_pays_nothing(self):
        before = balance(self.mturk)
        self.assertAssignmentDoesNotExist(
            self.mturk.send_bonus, WorkerId=worker(1).id, AssignmentId=self.foreign, BonusAmount="1.00", Reason="Mine?"
        )
        self.assertUntouched()
        self.assertEqual(balance(self.mturk), before)

    def test_list_assignments_for_hit_says_the_hit_does_not_exist(self):
        self.assertHITDoesNotExist(self.mturk.list_assignments_for_hit, HITId=self.hit_id)

    def test_list_bonus_payments_says_the_hit_or_assignment_does_not_exist(self):
        self.other.send_bonus(WorkerId=worker(1).id, AssignmentId=self.foreign, BonusAmount="0.01", Reason="Theirs.")
        self.assertHITDoesNotExist(self.mturk.list_bonus_payments, HITId=self.hit_id)
        self.assertAssignmentDoesNotExist(self.mturk.list_bonus_payments, AssignmentId=self.foreign)

    def test_update_hit_review_status_says_the_hit_does_not_exist(self):
        self.assertHITDoesNotExist(self.mturk.update_hit_review_status, HITId=self.hit_id)
        self.assertEqual(self.other.get_hit(HITId=self.hit_id)["HIT"]["HITStatus"], "Reviewable")

    def test_create_additional_assignments_says_the_hit_does_not_exist(self):
        before = balance(self.mturk)
        self.assertHITDoesNotExist(
            self.mturk.create_additional_assignments_for_hit, HITId=self.hit_id, NumberOfAdditionalAssignments=1
        )
        self.assertEqual(self.other.get_hit(HITId=self.hit_id)["HIT"]["MaxAssignments"], 1)
        self.assertEqual(balance(self.mturk), before)

    def test_list_reviewable_hits_does_not_show_them(self):
        self.assertIn(self.hit_id, [h["HITId"] for h in self.other.list_reviewable_hits(HITTypeId=self.foreign_hit["HITTypeId"])["HITs"]])
        mine = create_hit(self.mturk)["HITId"]
        expire(self.mturk, mine)
        for kwargs in ({}, {"HITTypeId": self.foreign_hit["HITTypeId"]}):
            with self.subTest(**kwargs):
                ids = []
                for page in self.mturk.get_paginator("list_reviewable_hits").paginate(PaginationConfig={"PageSize": 100}, **kwargs):
                    ids.extend(h["HITId"] for h in page["HITs"])
                self.assertNotIn(self.hit_id, ids)
                if not kwargs:
                    self.assertIn(mine, ids)


if __name__ == "__main__":
    unittest.main()
