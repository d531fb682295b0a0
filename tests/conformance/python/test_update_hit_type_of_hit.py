"""UpdateHITTypeOfHIT: moving a HIT to another of the requester's HIT types."""

import unittest

from conformance import (
    MASTERS,
    MTurkTestCase,
    client,
    create_hit,
    create_hit_type,
    hit_type_properties,
    html_question,
    unique,
    unknown_id,
)


class ChangingTheTypeOfAHIT(MTurkTestCase):
    def test_the_hit_takes_the_new_types_properties_and_group(self):
        hit = create_hit(self.mturk, reward="0.10")
        new_title = unique("retyped")
        new_type = self.mturk.create_hit_type(
            **hit_type_properties(
                title=new_title,
                reward="0.20",
                Description="The new description",
                Keywords="new, keywords",
                AssignmentDurationInSeconds=1800,
                AutoApprovalDelayInSeconds=600,
                QualificationRequirements=[{"QualificationTypeId": MASTERS, "Comparator": "Exists"}],
            )
        )["HITTypeId"]
        sibling = self.mturk.create_hit_with_hit_type(
            HITTypeId=new_type, LifetimeInSeconds=600, Question=html_question()
        )["HIT"]
        response = self.mturk.update_hit_type_of_hit(HITId=hit["HITId"], HITTypeId=new_type)
        self.assertEqual({k: v for k, v in response.items() if k != "ResponseMetadata"}, {})
        moved = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        self.assertEqual(moved["HITTypeId"], new_type)
        self.assertEqual(moved["HITGroupId"], sibling["HITGroupId"])
        self.assertNotEqual(moved["HITGroupId"], hit["HITGroupId"])
        self.assertEqual(moved["Title"], new_title)
        self.assertEqual(moved["Description"], "The new description")
        self.assertEqual(moved["Keywords"], "new, keywords")
        self.assertEqual(moved["Reward"], "0.20")
        self.assertEqual(moved["AssignmentDurationInSeconds"], 1800)
        self.assertEqual(moved["AutoApprovalDelayInSeconds"], 600)
        self.assertEqual([r["QualificationTypeId"] for r in moved["QualificationRequirements"]], [MASTERS])

    def test_what_belongs_to_the_hit_itself_is_kept(self):
        hit = create_hit(self.mturk, MaxAssignments=2, RequesterAnnotation="keep me")
        self.mturk.update_hit_type_of_hit(HITId=hit["HITId"], HITTypeId=create_hit_type(self.mturk))
        moved = self.mturk.get_hit(HITId=hit["HITId"])["HIT"]
        for field in ("HITId", "CreationTime", "Expiration", "Question", "MaxAssignments", "RequesterAnnotation", "HITStatus"):
            with self.subTest(field=field):
                self.assertEqual(moved[field], hit[field])

    def test_moving_a_hit_to_its_own_type_changes_nothing(self):
        hit = create_hit(self.mturk)
        self.mturk.update_hit_type_of_hit(HITId=hit["HITId"], HITTypeId=hit["HITTypeId"])
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"], hit)

    def test_an_unknown_hit_type_is_refused(self):
        hit = create_hit(self.mturk)
        self.assertRequestError(
            "AWS.MechanicalTurk.HITTypeDoesNotExist",
            self.mturk.update_hit_type_of_hit,
            HITId=hit["HITId"],
            HITTypeId=unknown_id(),
        )
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"]["HITTypeId"], hit["HITTypeId"])

    def test_another_requesters_hit_type_is_refused(self):
        hit = create_hit(self.mturk)
        foreign_type = create_hit_type(client("OTHER"))
        self.assertRequestError(
            "AWS.MechanicalTurk.HITTypeDoesNotExist",
            self.mturk.update_hit_type_of_hit,
            HITId=hit["HITId"],
            HITTypeId=foreign_type,
        )

    def test_an_unknown_hit_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HITDoesNotExist",
            self.mturk.update_hit_type_of_hit,
            HITId=hit_id,
            HITTypeId=create_hit_type(self.mturk),
        )
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)


if __name__ == "__main__":
    unittest.main()
