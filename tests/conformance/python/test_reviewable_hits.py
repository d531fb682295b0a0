"""ListReviewableHITs and UpdateHITReviewStatus: HITs waiting for the requester's decision."""

import collections
import unittest

from conformance import MTurkTestCase, create_hit, create_hit_type, expire, html_question, unknown_id, worker


class ListingReviewableHITs(MTurkTestCase):
    def reviewable(self, **kwargs):
        ids = []
        for page in self.mturk.get_paginator("list_reviewable_hits").paginate(
            PaginationConfig={"PageSize": 100}, **kwargs
        ):
            ids.extend(h["HITId"] for h in page["HITs"])
        return ids

    def test_a_hit_whose_every_slot_is_submitted_is_listed_as_reviewable(self):
        hit_id = create_hit(self.mturk, MaxAssignments=2)["HITId"]
        worker(1).do(hit_id)
        self.assertNotIn(hit_id, self.reviewable())
        worker(2).do(hit_id)
        self.assertIn(hit_id, self.reviewable())
        self.assertIn(hit_id, self.reviewable(Status="Reviewable"))
        self.assertNotIn(hit_id, self.reviewable(Status="Reviewing"))
        listed = [h for h in self.mturk.list_reviewable_hits(HITTypeId=self.mturk.get_hit(HITId=hit_id)["HIT"]["HITTypeId"])["HITs"]]
        self.assertEqual([h["HITId"] for h in listed], [hit_id])
        self.assertEqual(listed[0]["HITStatus"], "Reviewable")

    def test_an_expired_hit_nobody_is_working_on_is_reviewable(self):
        hit_id = create_hit(self.mturk)["HITId"]
        self.assertNotIn(hit_id, self.reviewable())
        expire(self.mturk, hit_id)
        self.assertIn(hit_id, self.reviewable())

    def test_update_hit_review_status_moves_it_to_reviewing_and_revert_brings_it_back(self):
        hit_id = create_hit(self.mturk)["HITId"]
        worker(1).do(hit_id)
        self.assertEqual(self.mturk.update_hit_review_status(HITId=hit_id)["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(self.mturk.get_hit(HITId=hit_id)["HIT"]["HITStatus"], "Reviewing")
        self.assertIn(hit_id, self.reviewable(Status="Reviewing"))
        self.assertNotIn(hit_id, self.reviewable())
        self.mturk.update_hit_review_status(HITId=hit_id, Revert=True)
        self.assertEqual(self.mturk.get_hit(HITId=hit_id)["HIT"]["HITStatus"], "Reviewable")
        self.assertIn(hit_id, self.reviewable())
        self.assertNotIn(hit_id, self.reviewable(Status="Reviewing"))

    def test_revert_false_is_the_default(self):
        hit_id = create_hit(self.mturk)["HITId"]
        expire(self.mturk, hit_id)
        self.mturk.update_hit_review_status(HITId=hit_id, Revert=False)
        self.assertEqual(self.mturk.get_hit(HITId=hit_id)["HIT"]["HITStatus"], "Reviewing")

    def test_update_hit_review_status_from_a_wrong_status_is_an_invalid_hit_state(self):
        hit_id = create_hit(self.mturk)["HITId"]
        for revert in (False, True):
            with self.subTest(status="Assignable", revert=revert):
                self.assertRequestError(
                    "AWS.MechanicalTurk.InvalidHITState", self.mturk.update_hit_review_status, HITId=hit_id, Revert=revert
                )
        expire(self.mturk, hit_id)
        with self.subTest(status="Reviewable", revert=True):
            self.assertRequestError(
                "AWS.MechanicalTurk.InvalidHITState", self.mturk.update_hit_review_status, HITId=hit_id, Revert=True
            )
        self.mturk.update_hit_review_status(HITId=hit_id)
        with self.subTest(status="Reviewing", revert=False):
            self.assertRequestError(
                "AWS.MechanicalTurk.InvalidHITState", self.mturk.update_hit_review_status, HITId=hit_id, Revert=False
            )
        self.assertEqual(self.mturk.get_hit(HITId=hit_id)["HIT"]["HITStatus"], "Reviewing")

    def test_update_hit_review_status_of_an_unknown_hit_says_it_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HITDoesNotExist", self.mturk.update_hit_review_status, HITId=hit_id
        )
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)

    def test_the_hit_type_filter_lists_only_hits_of_that_type(self):
        first_type, second_type = create_hit_type(self.mturk), create_hit_type(self.mturk)
        hits = {}
        for hit_type_id in (first_type, second_type):
            hit_id = self.mturk.create_hit_with_hit_type(
                HITTypeId=hit_type_id, LifetimeInSeconds=600, Question=html_question()
            )["HIT"]["HITId"]
            expire(self.mturk, hit_id)
            hits[hit_type_id] = hit_id
        self.assertEqual(self.reviewable(HITTypeId=first_type), [hits[first_type]])
        self.assertEqual(self.reviewable(HITTypeId=second_type), [hits[second_type]])

    def test_the_paginator_returns_each_reviewable_hit_exactly_once_in_pages_of_2(self):
        hit_type_id = create_hit_type(self.mturk)
        created = []
        for _ in range(5):
            hit_id = self.mturk.create_hit_with_hit_type(
                HITTypeId=hit_type_id, LifetimeInSeconds=600, Question=html_question()
            )["HIT"]["HITId"]
            expire(self.mturk, hit_id)
            created.append(hit_id)
        pages = list(
            self.mturk.get_paginator("list_reviewable_hits").paginate(
                HITTypeId=hit_type_id, PaginationConfig={"PageSize": 2}
            )
        )
        seen = []
        for page in pages:
            self.assertLessEqual(len(page["HITs"]), 2)
            self.assertEqual(page["NumResults"], len(page["HITs"]))
            seen.extend(h["HITId"] for h in page["HITs"])
        self.assertGreaterEqual(len(pages), 3)
        self.assertNotIn("NextToken", pages[-1])
        self.assertEqual([i for i, count in collections.Counter(seen).items() if count > 1], [])
        self.assertEqual(sorted(seen), sorted(created))

    def test_a_deleted_hit_is_not_listed(self):
        hit_id = create_hit(self.mturk)["HITId"]
        expire(self.mturk, hit_id)
        self.mturk.delete_hit(HITId=hit_id)
        self.assertNotIn(hit_id, self.reviewable())

    def test_an_extended_hit_leaves_the_list(self):
        hit_id = create_hit(self.mturk)["HITId"]
        worker(1).do(hit_id)
        self.assertIn(hit_id, self.reviewable())
        self.mturk.create_additional_assignments_for_hit(HITId=hit_id, NumberOfAdditionalAssignments=1)
        self.assertEqual(self.mturk.get_hit(HITId=hit_id)["HIT"]["HITStatus"], "Assignable")
        self.assertNotIn(hit_id, self.reviewable())

    def test_an_unknown_status_is_a_validation_exception(self):
        message = self.assertValidationException(self.mturk.list_reviewable_hits, Status="Assignable")
        self.assertIn("'status'", message)


if __name__ == "__main__":
    unittest.main()
