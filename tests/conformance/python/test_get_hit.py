"""GetHIT: reading one HIT back."""

import unittest

from conformance import LOCALE, QUESTION_FORM, MTurkTestCase, client, create_hit, unknown_id


class GettingAHIT(MTurkTestCase):
    def test_get_hit_returns_what_create_hit_returned(self):
        requirements = [{"QualificationTypeId": LOCALE, "Comparator": "NotIn", "LocaleValues": [{"Country": "FR"}]}]
        created = create_hit(
            self.mturk,
            Question=QUESTION_FORM,
            MaxAssignments=2,
            RequesterAnnotation="read-back",
            QualificationRequirements=requirements,
        )
        fetched = self.mturk.get_hit(HITId=created["HITId"])["HIT"]
        self.assertEqual(fetched, created)

    def test_the_question_is_returned_byte_for_byte(self):
        question = QUESTION_FORM.replace("Street signs", "Stra\u00dfenschilder \u2014 \u00e9t\u00e9 \U0001F6A6 &amp; <![CDATA[<b>]]>")
        created = create_hit(self.mturk, Question=question)
        self.assertEqual(self.mturk.get_hit(HITId=created["HITId"])["HIT"]["Question"], question)

    def test_an_unknown_hit_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError("AWS.MechanicalTurk.HITDoesNotExist", self.mturk.get_hit, HITId=hit_id)
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)

    def test_a_lowercase_hit_id_is_a_validation_exception(self):
        message = self.assertValidationException(self.mturk.get_hit, HITId="3abc")
        self.assertIn("regular expression pattern", message)

    def test_a_missing_hit_id_is_a_validation_exception(self):
        unvalidated = client("REQUESTER", validate=False)
        message = self.assertValidationException(unvalidated.get_hit)
        self.assertIn("Member must not be null", message)


if __name__ == "__main__":
    unittest.main()
