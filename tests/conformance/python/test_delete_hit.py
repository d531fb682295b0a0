"""DeleteHIT: disposing of a HIT that is no longer live."""

import unittest

from conformance import MTurkTestCase, all_hits, create_hit, expire, unknown_id


class DeletingAHIT(MTurkTestCase):
    def test_an_expired_hit_can_be_deleted_and_leaves_the_list(self):
        hit = create_hit(self.mturk)
        expire(self.mturk, hit["HITId"])
        response = self.mturk.delete_hit(HITId=hit["HITId"])
        self.assertEqual({k: v for k, v in response.items() if k != "ResponseMetadata"}, {})
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertNotIn(hit["HITId"], [h["HITId"] for h in all_hits(self.mturk)])

    def test_a_deleted_hit_reads_as_disposed(self):
        hit = create_hit(self.mturk)
        expire(self.mturk, hit["HITId"])
        self.mturk.delete_hit(HITId=hit["HITId"])
        fetched = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(fetched["HITId"], hit["HITId"])
        self.assertEqual(fetched["HITStatus"], "Disposed")

    def test_deleting_a_deleted_hit_again_succeeds(self):
        hit = create_hit(self.mturk)
        expire(self.mturk, hit["HITId"])
        self.mturk.delete_hit(HITId=hit["HITId"])
        self.mturk.delete_hit(HITId=hit["HITId"])
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"]["HITStatus"], "Disposed")

    def test_a_live_hit_cannot_be_deleted(self):
        hit = create_hit(self.mturk)
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidHITState", self.mturk.delete_hit, HITId=hit["HITId"]
        )
        self.assertTrue(
            message.startswith(
                "This HIT is currently in the state 'Assignable'. "
                "This operation can be called with a status of: Reviewing, Reviewable"
            ),
            message,
        )
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"]["HITStatus"], "Assignable")
        self.assertIn(hit["HITId"], [h["HITId"] for h in all_hits(self.mturk)])

    def test_an_unknown_hit_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError("AWS.MechanicalTurk.HITDoesNotExist", self.mturk.delete_hit, HITId=hit_id)
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)


if __name__ == "__main__":
    unittest.main()
