"""UpdateExpirationForHIT: expiring a HIT now, or giving it more time."""

import datetime
import unittest

from conformance import MTurkTestCase, client, create_hit, now, unknown_id


class ExpiringAHIT(MTurkTestCase):
    def test_expire_at_0_expires_the_hit_at_once(self):
        hit = create_hit(self.mturk)
        response = self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=0)
        self.assertEqual({k: v for k, v in response.items() if k != "ResponseMetadata"}, {})
        fetched = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(fetched["HITStatus"], "Reviewable")
        self.assertLessEqual(fetched["Expiration"], now() + datetime.timedelta(seconds=5))
        self.assertLess(fetched["Expiration"], hit["Expiration"])

    def test_a_time_in_the_past_expires_the_hit_at_once(self):
        hit = create_hit(self.mturk)
        self.mturk.update_expiration_for_hit(
            HITId=hit["HITId"], ExpireAt=datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
        )
        fetched = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(fetched["HITStatus"], "Reviewable")
        self.assertLessEqual(fetched["Expiration"], now() + datetime.timedelta(seconds=5))

    def test_expiring_an_expired_hit_again_succeeds(self):
        hit = create_hit(self.mturk)
        self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=0)
        self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=0)
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"]["HITStatus"], "Reviewable")

    def test_a_later_time_extends_the_hit(self):
        hit = create_hit(self.mturk, LifetimeInSeconds=3600)
        later = hit["Expiration"].replace(microsecond=0) + datetime.timedelta(hours=5)
        self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=later)
        fetched = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(fetched["Expiration"], later)
        self.assertEqual(fetched["HITStatus"], "Assignable")
        self.assertEqual(fetched["CreationTime"], hit["CreationTime"])

    def test_an_expired_hit_given_a_future_time_is_assignable_again(self):
        hit = create_hit(self.mturk, MaxAssignments=2)
        self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=0)
        later = (now() + datetime.timedelta(hours=2)).replace(microsecond=0)
        self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=later)
        fetched = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(fetched["HITStatus"], "Assignable")
        self.assertEqual(fetched["Expiration"], later)
        self.assertEqual(fetched["NumberOfAssignmentsAvailable"], 2)

    def test_shortening_to_an_earlier_future_time_is_refused(self):
        hit = create_hit(self.mturk, LifetimeInSeconds=7200)
        earlier = (now() + datetime.timedelta(hours=1)).replace(microsecond=0)
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue",
            self.mturk.update_expiration_for_hit,
            HITId=hit["HITId"],
            ExpireAt=earlier,
        )
        self.assertTrue(message.startswith("You cannot shorten"), message)
        fetched = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(fetched["Expiration"], hit["Expiration"])
        self.assertEqual(fetched["HITStatus"], "Assignable")

    def test_an_unknown_hit_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HITDoesNotExist", self.mturk.update_expiration_for_hit, HITId=hit_id, ExpireAt=0
        )
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)

    def test_a_missing_expire_at_is_a_validation_exception(self):
        hit = create_hit(self.mturk)
        unvalidated = client("REQUESTER", validate=False)
        message = self.assertValidationException(unvalidated.update_expiration_for_hit, HITId=hit["HITId"])
        self.assertIn("'expireAt'", message)
        self.assertIn("Member must not be null", message)


if __name__ == "__main__":
    unittest.main()
