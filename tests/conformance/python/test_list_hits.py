"""ListHITs: listing the requester's HITs page by page."""

import collections
import unittest

from conformance import MTurkTestCase, all_hits, client, create_hit, expire, unique


class ListingHITs(MTurkTestCase):
    def test_the_paginator_returns_each_of_25_hits_exactly_once_in_pages_of_10(self):
        title = unique("paged")
        created = [create_hit(self.mturk, title=title)["HITId"] for _ in range(25)]
        pages = list(self.mturk.get_paginator("list_hits").paginate(PaginationConfig={"PageSize": 10}))
        seen = []
        for page in pages:
            self.assertLessEqual(len(page["HITs"]), 10)
            self.assertEqual(page["NumResults"], len(page["HITs"]))
            seen.extend(h["HITId"] for h in page["HITs"])
        for page in pages[:-1]:
            self.assertIn("NextToken", page)
        self.assertNotIn("NextToken", pages[-1])
        self.assertEqual([hit_id for hit_id, count in collections.Counter(seen).items() if count > 1], [])
        self.assertEqual([hit_id for hit_id in seen if hit_id in created], created)

    def test_hits_are_listed_in_creation_order(self):
        for _ in range(3):
            create_hit(self.mturk)
        times = [h["CreationTime"] for h in all_hits(self.mturk)]
        self.assertEqual(times, sorted(times))

    def test_max_results_defaults_to_10(self):
        for _ in range(11):
            create_hit(self.mturk)
        response = self.mturk.list_hits()
        self.assertEqual(len(response["HITs"]), 10)
        self.assertEqual(response["NumResults"], 10)
        self.assertIn("NextToken", response)

    def test_next_token_continues_where_the_previous_page_ended(self):
        for _ in range(3):
            create_hit(self.mturk)
        first = self.mturk.list_hits(MaxResults=2)
        self.assertEqual(len(first["HITs"]), 2)
        second = self.mturk.list_hits(MaxResults=2, NextToken=first["NextToken"])
        self.assertNotEqual(second.get("NextToken"), first["NextToken"])
        both = [h["HITId"] for h in first["HITs"] + second["HITs"]]
        self.assertEqual(both, [h["HITId"] for h in self.mturk.list_hits(MaxResults=4)["HITs"]])

    def test_max_results_100_is_allowed(self):
        response = self.mturk.list_hits(MaxResults=100)
        self.assertLessEqual(len(response["HITs"]), 100)

    def test_listed_hits_carry_the_same_fields_as_get_hit(self):
        created = create_hit(self.mturk, RequesterAnnotation="listed")
        listed = [h for h in all_hits(self.mturk) if h["HITId"] == created["HITId"]]
        self.assertEqual(listed, [self.mturk.get_hit(HITId=created["HITId"])["HIT"]])

    def test_expired_hits_are_still_listed(self):
        hit = create_hit(self.mturk)
        expire(self.mturk, hit["HITId"])
        listed = [h for h in all_hits(self.mturk) if h["HITId"] == hit["HITId"]]
        self.assertEqual([h["HITStatus"] for h in listed], ["Reviewable"])

    def test_deleted_hits_are_not_listed(self):
        hit = create_hit(self.mturk)
        expire(self.mturk, hit["HITId"])
        self.mturk.delete_hit(HITId=hit["HITId"])
        self.assertNotIn(hit["HITId"], [h["HITId"] for h in all_hits(self.mturk)])


class RefusingListRequests(MTurkTestCase):
    def test_max_results_over_100_is_a_validation_exception(self):
        message = self.assertValidationException(self.mturk.list_hits, MaxResults=101)
        self.assertEqual(
            message.split(";")[0],
            "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: "
            "Member must have value less than or equal to 100",
        )

    def test_max_results_0_is_a_validation_exception(self):
        unvalidated = client("REQUESTER", validate=False)
        message = self.assertValidationException(unvalidated.list_hits, MaxResults=0)
        self.assertIn(
            "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
            message,
        )

    def test_max_results_of_the_wrong_type_is_a_validation_exception(self):
        unvalidated = client("REQUESTER", validate=False)
        message = self.assertValidationException(unvalidated.list_hits, MaxResults="ten")
        self.assertIn("maxResults", message)

    def test_two_violations_are_reported_together(self):
        unvalidated = client("REQUESTER", validate=False)
        message = self.assertValidationException(unvalidated.list_hits, MaxResults=0, NextToken="x" * 256)
        self.assertTrue(message.startswith("2 validation errors detected: "), message)
        self.assertIn("'maxResults'", message)
        self.assertIn("'nextToken'", message)
        self.assertIn("Member must have length less than or equal to 255", message)

    def test_a_tampered_next_token_is_refused(self):
        for _ in range(2):
            create_hit(self.mturk)
        token = self.mturk.list_hits(MaxResults=1)["NextToken"]
        middle = len(token) // 2
        replacement = "A" if token[middle].upper() != "A" else "B"
        tampered = token[:middle] + replacement + token[middle + 1 :]
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue", self.mturk.list_hits, MaxResults=1, NextToken=tampered
        )
        self.assertTrue(message.startswith("The NextToken is invalid for this request."), message)

    def test_a_made_up_next_token_is_refused(self):
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue", self.mturk.list_hits, NextToken="not-a-token"
        )
        self.assertTrue(message.startswith("The NextToken is invalid for this request."), message)

    def test_another_requesters_next_token_is_refused(self):
        other = client("OTHER")
        for _ in range(2):
            create_hit(other)
        token = other.list_hits(MaxResults=1)["NextToken"]
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue", self.mturk.list_hits, MaxResults=1, NextToken=token
        )
        self.assertTrue(message.startswith("The NextToken is invalid for this request."), message)


if __name__ == "__main__":
    unittest.main()
