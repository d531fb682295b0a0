"""Tenant isolation: another requester's HITs and HIT types do not exist for you."""

import unittest

from conformance import MTurkTestCase, all_hits, balance, client, create_hit, create_hit_type, hit_type_properties, html_question


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


if __name__ == "__main__":
    unittest.main()
