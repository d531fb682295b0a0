"""CreateHITWithHITType: publishing HITs of a registered HIT type."""

import datetime
import unittest
import uuid

from conformance import (
    EXTERNAL_QUESTION,
    ID_TOKEN,
    LOCALE,
    PERCENT_APPROVED,
    MTurkTestCase,
    all_hits,
    balance,
    client,
    create_hit_type,
    hit_type_properties,
    html_question,
    unique,
    unknown_id,
)


class CreatingHITsOfAType(MTurkTestCase):
    def test_the_hit_takes_its_properties_from_the_hit_type(self):
        title = unique("typed")
        requirements = [
            {"QualificationTypeId": PERCENT_APPROVED, "Comparator": "GreaterThan", "IntegerValues": [90]},
            {"QualificationTypeId": LOCALE, "Comparator": "EqualTo", "LocaleValues": [{"Country": "DE"}]},
        ]
        hit_type_id = self.mturk.create_hit_type(
            Title=title,
            Description="Typed description",
            Reward="0.3",
            AssignmentDurationInSeconds=1200,
            AutoApprovalDelayInSeconds=7200,
            Keywords="typed, hit",
            QualificationRequirements=requirements,
        )["HITTypeId"]
        question = html_question("<p>typed</p>")
        hit = self.mturk.create_hit_with_hit_type(
            HITTypeId=hit_type_id,
            MaxAssignments=2,
            LifetimeInSeconds=3600,
            Question=question,
            RequesterAnnotation="typed-annotation",
        )["HIT"]
        self.assertIsId(hit["HITId"])
        self.assertEqual(hit["HITTypeId"], hit_type_id)
        self.assertIsId(hit["HITGroupId"])
        self.assertEqual(hit["Title"], title)
        self.assertEqual(hit["Description"], "Typed description")
        self.assertEqual(hit["Reward"], "0.30")
        self.assertEqual(hit["AssignmentDurationInSeconds"], 1200)
        self.assertEqual(hit["AutoApprovalDelayInSeconds"], 7200)
        self.assertEqual(hit["Keywords"], "typed, hit")
        self.assertEqual(hit["MaxAssignments"], 2)
        self.assertEqual(hit["NumberOfAssignmentsAvailable"], 2)
        self.assertEqual(hit["NumberOfAssignmentsPending"], 0)
        self.assertEqual(hit["NumberOfAssignmentsCompleted"], 0)
        self.assertEqual(hit["RequesterAnnotation"], "typed-annotation")
        self.assertEqual(hit["Question"], question)
        self.assertEqual(hit["HITStatus"], "Assignable")
        self.assertEqual(hit["HITReviewStatus"], "NotReviewed")
        self.assertEqual(hit["Expiration"] - hit["CreationTime"], datetime.timedelta(seconds=3600))
        self.assertRecent(hit["CreationTime"])
        echoed = hit["QualificationRequirements"]
        self.assertEqual([r["QualificationTypeId"] for r in echoed], [PERCENT_APPROVED, LOCALE])
        self.assertEqual(echoed[0]["IntegerValues"], [90])
        self.assertEqual(echoed[1]["LocaleValues"], [{"Country": "DE"}])

    def test_max_assignments_defaults_to_one(self):
        hit_type_id = create_hit_type(self.mturk)
        hit = self.mturk.create_hit_with_hit_type(
            HITTypeId=hit_type_id, LifetimeInSeconds=600, Question=EXTERNAL_QUESTION
        )["HIT"]
        self.assertEqual(hit["MaxAssignments"], 1)
        self.assertEqual(hit["NumberOfAssignmentsAvailable"], 1)

    def test_hits_of_one_type_share_the_hit_group(self):
        hit_type_id = create_hit_type(self.mturk)
        hits = [
            self.mturk.create_hit_with_hit_type(HITTypeId=hit_type_id, LifetimeInSeconds=600, Question=html_question())[
                "HIT"
            ]
            for _ in range(3)
        ]
        self.assertEqual(len({h["HITId"] for h in hits}), 3)
        self.assertEqual({h["HITTypeId"] for h in hits}, {hit_type_id})
        self.assertEqual(len({h["HITGroupId"] for h in hits}), 1)

    def test_hits_of_different_types_have_different_groups(self):
        first = self.mturk.create_hit_with_hit_type(
            HITTypeId=create_hit_type(self.mturk), LifetimeInSeconds=600, Question=html_question()
        )["HIT"]
        second = self.mturk.create_hit_with_hit_type(
            HITTypeId=create_hit_type(self.mturk), LifetimeInSeconds=600, Question=html_question()
        )["HIT"]
        self.assertNotEqual(first["HITGroupId"], second["HITGroupId"])


class RefusingHITsOfAType(MTurkTestCase):
    def test_an_unknown_hit_type_is_refused(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.HITTypeDoesNotExist",
            self.mturk.create_hit_with_hit_type,
            HITTypeId=unknown_id(),
            LifetimeInSeconds=600,
            Question=html_question(),
        )

    def test_a_lowercase_hit_type_id_is_a_validation_exception(self):
        message = self.assertValidationException(
            self.mturk.create_hit_with_hit_type,
            HITTypeId="3abcdefghijklmnopqrstuvwxyz012",
            LifetimeInSeconds=600,
            Question=html_question(),
        )
        self.assertIn("'hITTypeId'", message)

    def test_both_a_question_and_a_layout_are_refused(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue",
            self.mturk.create_hit_with_hit_type,
            HITTypeId=create_hit_type(self.mturk),
            LifetimeInSeconds=600,
            Question=html_question(),
            HITLayoutId=unknown_id(),
        )

    def test_neither_a_question_nor_a_layout_is_refused(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue",
            self.mturk.create_hit_with_hit_type,
            HITTypeId=create_hit_type(self.mturk),
            LifetimeInSeconds=600,
        )

    def test_an_unknown_layout_is_refused(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.HITLayoutDoesNotExist",
            self.mturk.create_hit_with_hit_type,
            HITTypeId=create_hit_type(self.mturk),
            LifetimeInSeconds=600,
            HITLayoutId=unknown_id(),
            HITLayoutParameters=[{"Name": "image_url", "Value": "https://example.org/a.png"}],
        )

    def test_a_lifetime_under_30_seconds_is_a_parameter_error(self):
        self.assertParameterValidationError(
            self.mturk.create_hit_with_hit_type,
            HITTypeId=create_hit_type(self.mturk),
            LifetimeInSeconds=29,
            Question=html_question(),
        )

    def test_an_invalid_question_is_a_parameter_error(self):
        self.assertParameterValidationError(
            self.mturk.create_hit_with_hit_type,
            HITTypeId=create_hit_type(self.mturk),
            LifetimeInSeconds=600,
            Question="<Nonsense/>",
        )

    def test_a_repeated_unique_request_token_fails_with_hit_already_exists_naming_the_first_hit(self):
        hit_type_id = create_hit_type(self.mturk)
        token = "conformance-" + str(uuid.uuid4())
        first = self.mturk.create_hit_with_hit_type(
            HITTypeId=hit_type_id, LifetimeInSeconds=600, Question=html_question(), UniqueRequestToken=token
        )["HIT"]
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HitAlreadyExists",
            self.mturk.create_hit_with_hit_type,
            HITTypeId=hit_type_id,
            LifetimeInSeconds=600,
            Question=html_question(),
            UniqueRequestToken=token,
        )
        self.assertEqual(ID_TOKEN.findall(message), [first["HITId"]], message)

    def test_a_unique_request_token_over_64_characters_is_a_validation_exception(self):
        message = self.assertValidationException(
            self.mturk.create_hit_with_hit_type,
            HITTypeId=create_hit_type(self.mturk),
            LifetimeInSeconds=600,
            Question=html_question(),
            UniqueRequestToken="t" * 65,
        )
        self.assertIn("'uniqueRequestToken'", message)
        self.assertIn("Member must have length less than or equal to 64", message)

    def test_a_hit_the_requester_cannot_pay_for_is_refused_with_insufficient_funds(self):
        poor = client("POOR")
        hit_type_id = poor.create_hit_type(**hit_type_properties(reward="0.50"))["HITTypeId"]
        before = balance(poor)
        hits_before = [h for h in all_hits(poor) if h["HITTypeId"] == hit_type_id]
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InsufficientFunds",
            poor.create_hit_with_hit_type,
            HITTypeId=hit_type_id,
            LifetimeInSeconds=600,
            Question=html_question(),
        )
        self.assertIn("insufficient funds", message)
        self.assertEqual(balance(poor), before)
        self.assertEqual([h for h in all_hits(poor) if h["HITTypeId"] == hit_type_id], hits_before)


if __name__ == "__main__":
    unittest.main()
