"""CreateHIT: publishing a task in one call."""

import datetime
import unittest
import uuid

from conformance import (
    EXTERNAL_QUESTION,
    HTML_QUESTION,
    ID_TOKEN,
    LEGACY_QUESTION_FORM,
    LOCALE,
    MASTERS,
    PERCENT_APPROVED,
    QUESTION_FORM,
    MTurkTestCase,
    all_hits,
    balance,
    client,
    create_hit,
    external_question,
    hit_properties,
    html_question,
    unique,
    unknown_id,
)


class CreatingHITs(MTurkTestCase):
    def test_a_new_hit_is_assignable_and_echoes_what_was_sent(self):
        title = unique("create")
        response = self.mturk.create_hit(
            Title=title,
            Description="Pick the colour word",
            Keywords="colour, words",
            Reward="0.25",
            MaxAssignments=3,
            LifetimeInSeconds=7200,
            AssignmentDurationInSeconds=900,
            AutoApprovalDelayInSeconds=86400,
            Question=HTML_QUESTION,
            RequesterAnnotation="batch-7",
        )
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)
        hit = response["HIT"]
        self.assertIsId(hit["HITId"])
        self.assertIsId(hit["HITTypeId"])
        self.assertIsId(hit["HITGroupId"])
        self.assertEqual(hit["Title"], title)
        self.assertEqual(hit["Description"], "Pick the colour word")
        self.assertEqual(hit["Keywords"], "colour, words")
        self.assertEqual(hit["Reward"], "0.25")
        self.assertEqual(hit["MaxAssignments"], 3)
        self.assertEqual(hit["AssignmentDurationInSeconds"], 900)
        self.assertEqual(hit["AutoApprovalDelayInSeconds"], 86400)
        self.assertEqual(hit["RequesterAnnotation"], "batch-7")
        self.assertEqual(hit["Question"], HTML_QUESTION)
        self.assertEqual(hit["HITStatus"], "Assignable")
        self.assertEqual(hit["HITReviewStatus"], "NotReviewed")
        self.assertEqual(hit["NumberOfAssignmentsAvailable"], 3)
        self.assertEqual(hit["NumberOfAssignmentsPending"], 0)
        self.assertEqual(hit["NumberOfAssignmentsCompleted"], 0)

    def test_the_expiration_is_the_creation_time_plus_the_lifetime(self):
        hit = create_hit(self.mturk, LifetimeInSeconds=7200)
        self.assertRecent(hit["CreationTime"])
        self.assertEqual(hit["Expiration"] - hit["CreationTime"], datetime.timedelta(seconds=7200))

    def test_the_reward_comes_back_with_two_decimals(self):
        for given, expected in (("0.5", "0.50"), ("1", "1.00"), ("2.", "2.00"), ("0.07", "0.07")):
            with self.subTest(reward=given):
                self.assertEqual(create_hit(self.mturk, reward=given)["Reward"], expected)

    def test_the_hit_type_and_group_differ(self):
        hit = create_hit(self.mturk)
        self.assertNotEqual(hit["HITTypeId"], hit["HITGroupId"])

    def test_hits_with_identical_properties_share_the_hit_type_and_group(self):
        title = unique("group")
        first = create_hit(self.mturk, title=title)
        second = create_hit(self.mturk, title=title)
        self.assertNotEqual(first["HITId"], second["HITId"])
        self.assertEqual(first["HITTypeId"], second["HITTypeId"])
        self.assertEqual(first["HITGroupId"], second["HITGroupId"])

    def test_the_auto_approval_delay_defaults_to_30_days(self):
        props = hit_properties()
        del props["AutoApprovalDelayInSeconds"]
        hit = self.mturk.create_hit(**props)["HIT"]
        self.assertEqual(hit["AutoApprovalDelayInSeconds"], 2592000)

    def test_an_external_question_with_an_https_url_is_accepted_verbatim(self):
        hit = create_hit(self.mturk, Question=EXTERNAL_QUESTION)
        self.assertEqual(hit["Question"], EXTERNAL_QUESTION)

    def test_a_question_form_is_accepted_in_the_current_and_legacy_namespaces(self):
        for question in (QUESTION_FORM, LEGACY_QUESTION_FORM):
            with self.subTest(namespace=question[:110]):
                self.assertEqual(create_hit(self.mturk, Question=question)["Question"], question)

    def test_a_question_with_an_xml_declaration_is_accepted(self):
        question = '<?xml version="1.0" encoding="UTF-8"?>\n' + html_question()
        self.assertEqual(create_hit(self.mturk, Question=question)["Question"], question)

    def test_a_title_of_exactly_128_characters_is_accepted(self):
        title = ("exact " + uuid.uuid4().hex).ljust(128, "x")
        self.assertEqual(create_hit(self.mturk, title=title)["Title"], title)

    def test_the_lifetime_bounds_30_seconds_and_one_year_are_accepted(self):
        # On the OTHER requester: the 30-second HIT expires while the suite runs, and its escrow
        # comes back then, which must not disturb balance checks on the main requester.
        other = client("OTHER")
        for lifetime in (30, 31536000):
            with self.subTest(lifetime=lifetime):
                hit = create_hit(other, LifetimeInSeconds=lifetime)
                self.assertEqual(hit["Expiration"] - hit["CreationTime"], datetime.timedelta(seconds=lifetime))

    def test_qualification_requirements_are_echoed_with_actions_guarded_and_required_to_preview(self):
        requirements = [
            {"QualificationTypeId": PERCENT_APPROVED, "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95]},
            {
                "QualificationTypeId": LOCALE,
                "Comparator": "In",
                "LocaleValues": [{"Country": "US", "Subdivision": "NY"}, {"Country": "CA"}],
                "ActionsGuarded": "PreviewAndAccept",
            },
            {"QualificationTypeId": MASTERS, "Comparator": "Exists", "RequiredToPreview": True},
        ]
        hit = create_hit(self.mturk, QualificationRequirements=requirements)
        echoed = hit["QualificationRequirements"]
        self.assertEqual(len(echoed), 3)
        self.assertEqual(echoed[0]["QualificationTypeId"], PERCENT_APPROVED)
        self.assertEqual(echoed[0]["Comparator"], "GreaterThanOrEqualTo")
        self.assertEqual(echoed[0]["IntegerValues"], [95])
        self.assertEqual(echoed[0]["ActionsGuarded"], "Accept")
        self.assertEqual(echoed[0]["RequiredToPreview"], False)
        self.assertEqual(echoed[1]["QualificationTypeId"], LOCALE)
        self.assertEqual(echoed[1]["Comparator"], "In")
        self.assertEqual(echoed[1]["LocaleValues"], [{"Country": "US", "Subdivision": "NY"}, {"Country": "CA"}])
        self.assertEqual(echoed[1]["ActionsGuarded"], "PreviewAndAccept")
        self.assertEqual(echoed[1]["RequiredToPreview"], True)
        self.assertEqual(echoed[2]["QualificationTypeId"], MASTERS)
        self.assertEqual(echoed[2]["Comparator"], "Exists")
        self.assertEqual(echoed[2]["ActionsGuarded"], "PreviewAndAccept")
        self.assertEqual(echoed[2]["RequiredToPreview"], True)

    def test_a_hit_without_requirements_has_no_requirements(self):
        hit = create_hit(self.mturk)
        self.assertEqual(hit.get("QualificationRequirements", []), [])


class RefusingHITs(MTurkTestCase):
    def test_an_assignment_duration_under_30_seconds_is_a_parameter_error(self):
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(AssignmentDurationInSeconds=29))

    def test_a_lifetime_under_30_seconds_is_a_parameter_error(self):
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(LifetimeInSeconds=29))

    def test_a_lifetime_over_one_year_is_a_parameter_error(self):
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(LifetimeInSeconds=31536001))

    def test_an_auto_approval_delay_over_30_days_is_a_parameter_error(self):
        self.assertParameterValidationError(
            self.mturk.create_hit, **hit_properties(AutoApprovalDelayInSeconds=2592001)
        )

    def test_a_title_over_128_characters_is_a_parameter_error(self):
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(title="T" * 129))

    def test_a_question_over_65535_bytes_is_a_parameter_error(self):
        question = html_question("<p>" + "x" * 65536 + "</p>")
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_a_question_that_is_not_xml_is_a_parameter_error(self):
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question="Which colour? red/blue"))

    def test_a_question_that_is_not_well_formed_is_a_parameter_error(self):
        question = html_question().replace("</HTMLQuestion>", "")
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_a_question_with_a_doctype_is_a_parameter_error(self):
        question = '<!DOCTYPE HTMLQuestion [<!ENTITY x "y">]>' + html_question("<p>&x;</p>")
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_an_external_question_with_an_http_url_is_a_parameter_error(self):
        question = external_question("http://survey.example.org/task")
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_a_question_with_an_unknown_root_element_is_a_parameter_error(self):
        question = html_question().replace("HTMLQuestion", "HTMLQuiz")
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_a_question_in_the_wrong_namespace_is_a_parameter_error(self):
        question = html_question().replace("2011-11-11/HTMLQuestion.xsd", "2006-07-14/ExternalQuestion.xsd")
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_a_question_without_a_namespace_is_a_parameter_error(self):
        question = '<HTMLQuestion><HTMLContent><![CDATA[<p>hi</p>]]></HTMLContent><FrameHeight>0</FrameHeight></HTMLQuestion>'
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_both_a_question_and_a_layout_are_refused(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue",
            self.mturk.create_hit,
            **hit_properties(HITLayoutId=unknown_id())
        )

    def test_neither_a_question_nor_a_layout_is_refused(self):
        props = hit_properties()
        del props["Question"]
        self.assertRequestError("AWS.MechanicalTurk.InvalidParameterValue", self.mturk.create_hit, **props)

    def test_an_unknown_layout_is_refused(self):
        props = hit_properties(HITLayoutId=unknown_id(), HITLayoutParameters=[{"Name": "word", "Value": "red"}])
        del props["Question"]
        self.assertRequestError("AWS.MechanicalTurk.HITLayoutDoesNotExist", self.mturk.create_hit, **props)

    def test_an_unknown_qualification_type_is_refused(self):
        requirements = [{"QualificationTypeId": unknown_id(), "Comparator": "Exists"}]
        self.assertRequestError(
            "AWS.MechanicalTurk.QualificationTypeDoesNotExist",
            self.mturk.create_hit,
            **hit_properties(QualificationRequirements=requirements)
        )

    def test_a_reward_with_three_decimals_is_a_validation_exception(self):
        message = self.assertValidationException(self.mturk.create_hit, **hit_properties(reward="0.001"))
        self.assertTrue(message.startswith("1 validation error detected: "), message)
        self.assertIn(
            "Value '0.001' at 'reward' failed to satisfy constraint: "
            "Member must satisfy regular expression pattern: ^[0-9]+(\\.)?[0-9]{0,2}$",
            message,
        )

    def test_a_refused_hit_holds_no_money(self):
        before = balance(self.mturk)
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(LifetimeInSeconds=29))
        self.assertEqual(balance(self.mturk), before)


class RepeatingAUniqueRequestToken(MTurkTestCase):
    def test_a_repeated_token_fails_with_hit_already_exists_naming_the_first_hit(self):
        token = str(uuid.uuid4())
        first = create_hit(self.mturk, UniqueRequestToken=token)
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HitAlreadyExists", self.mturk.create_hit, **hit_properties(UniqueRequestToken=token)
        )
        self.assertEqual(ID_TOKEN.findall(message), [first["HITId"]], message)

    def test_a_repeated_token_creates_no_second_hit(self):
        token = str(uuid.uuid4())
        title = unique("token")
        create_hit(self.mturk, title=title, UniqueRequestToken=token)
        with self.assertRaises(Exception):
            create_hit(self.mturk, title=title, UniqueRequestToken=token)
        self.assertEqual(len([h for h in all_hits(self.mturk) if h["Title"] == title]), 1)

    def test_tokens_of_different_requesters_do_not_collide(self):
        token = str(uuid.uuid4())
        mine = create_hit(self.mturk, UniqueRequestToken=token)
        theirs = create_hit(client("OTHER"), UniqueRequestToken=token)
        self.assertNotEqual(mine["HITId"], theirs["HITId"])


class CreatingWithoutFunds(MTurkTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.poor = client("POOR")

    def test_a_hit_the_requester_cannot_pay_for_is_refused_with_insufficient_funds(self):
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InsufficientFunds", self.poor.create_hit, **hit_properties(reward="0.50")
        )
        self.assertIn("insufficient funds", message)

    def test_a_refused_hit_leaves_the_balance_and_the_hit_list_unchanged(self):
        title = unique("poor")
        before = balance(self.poor)
        with self.assertRaises(Exception):
            self.poor.create_hit(**hit_properties(title=title, reward="5.00", MaxAssignments=2))
        self.assertEqual(balance(self.poor), before)
        self.assertEqual([h for h in all_hits(self.poor) if h["Title"] == title], [])


if __name__ == "__main__":
    unittest.main()
