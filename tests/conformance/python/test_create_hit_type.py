"""CreateHITType: registering task properties once and reusing them."""

import unittest

from conformance import (
    LOCALE,
    MASTERS,
    PERCENT_APPROVED,
    MTurkTestCase,
    create_hit,
    hit_type_properties,
    unique,
    unknown_id,
)


class CreatingHITTypes(MTurkTestCase):
    def test_a_new_hit_type_gets_a_30_character_id(self):
        response = self.mturk.create_hit_type(**hit_type_properties())
        self.assertIsId(response["HITTypeId"])
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)

    def test_identical_properties_return_the_same_hit_type(self):
        props = hit_type_properties()
        first = self.mturk.create_hit_type(**props)["HITTypeId"]
        second = self.mturk.create_hit_type(**props)["HITTypeId"]
        self.assertEqual(first, second)

    def test_a_different_reward_makes_a_different_hit_type(self):
        props = hit_type_properties(reward="0.05")
        first = self.mturk.create_hit_type(**props)["HITTypeId"]
        props["Reward"] = "0.06"
        second = self.mturk.create_hit_type(**props)["HITTypeId"]
        self.assertNotEqual(first, second)

    def test_a_different_title_makes_a_different_hit_type(self):
        first = self.mturk.create_hit_type(**hit_type_properties())["HITTypeId"]
        second = self.mturk.create_hit_type(**hit_type_properties())["HITTypeId"]
        self.assertNotEqual(first, second)

    def test_create_hit_with_the_properties_of_an_existing_type_reuses_that_type(self):
        props = hit_type_properties()
        hit_type_id = self.mturk.create_hit_type(**props)["HITTypeId"]
        hit = create_hit(self.mturk, **props)
        self.assertEqual(hit["HITTypeId"], hit_type_id)

    def test_the_reward_may_be_written_without_two_decimals(self):
        title = unique("reward")
        for given in ("0.5", "1", "1."):
            with self.subTest(reward=given):
                hit_type_id = self.mturk.create_hit_type(**hit_type_properties(title=title, reward=given))["HITTypeId"]
                self.assertIsId(hit_type_id)

    def test_equal_rewards_written_differently_are_the_same_hit_type(self):
        title = unique("reward")
        short = self.mturk.create_hit_type(**hit_type_properties(title=title, reward="0.5"))["HITTypeId"]
        full = self.mturk.create_hit_type(**hit_type_properties(title=title, reward="0.50"))["HITTypeId"]
        self.assertEqual(short, full)

    def test_system_qualification_types_can_be_required(self):
        requirements = [
            {"QualificationTypeId": PERCENT_APPROVED, "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95]},
            {"QualificationTypeId": LOCALE, "Comparator": "EqualTo", "LocaleValues": [{"Country": "US"}]},
            {"QualificationTypeId": MASTERS, "Comparator": "Exists"},
        ]
        response = self.mturk.create_hit_type(**hit_type_properties(QualificationRequirements=requirements))
        self.assertIsId(response["HITTypeId"])


class RefusingHITTypes(MTurkTestCase):
    def test_an_unknown_qualification_type_is_refused(self):
        requirements = [{"QualificationTypeId": unknown_id(), "Comparator": "Exists"}]
        self.assertRequestError(
            "AWS.MechanicalTurk.QualificationTypeDoesNotExist",
            self.mturk.create_hit_type,
            **hit_type_properties(QualificationRequirements=requirements)
        )

    def test_an_assignment_duration_under_30_seconds_is_a_parameter_error(self):
        self.assertParameterValidationError(
            self.mturk.create_hit_type, **hit_type_properties(AssignmentDurationInSeconds=29)
        )

    def test_an_auto_approval_delay_over_30_days_is_a_parameter_error(self):
        self.assertParameterValidationError(
            self.mturk.create_hit_type, **hit_type_properties(AutoApprovalDelayInSeconds=2592001)
        )

    def test_a_title_over_128_characters_is_a_parameter_error(self):
        self.assertParameterValidationError(self.mturk.create_hit_type, **hit_type_properties(title="T" * 129))

    def test_a_reward_with_three_decimals_is_a_validation_exception(self):
        message = self.assertValidationException(self.mturk.create_hit_type, **hit_type_properties(reward="0.001"))
        self.assertIn("'reward'", message)
        self.assertIn("regular expression pattern", message)


if __name__ == "__main__":
    unittest.main()
