"""Edges: limits the model does not state, values at and past them, requests racing each other,
and money that must be neither created nor lost."""

import concurrent.futures
import datetime
import decimal
import unittest
import uuid

from botocore.exceptions import ClientError

from conformance import (
    ID_TOKEN,
    LOCALE,
    MASTERS,
    PERCENT_APPROVED,
    MTurkTestCase,
    all_hits,
    balance,
    client,
    create_hit,
    create_hit_type,
    expire,
    hit_properties,
    hit_type_properties,
    html_question,
    now,
    raw_call,
    unique,
)

D = decimal.Decimal
KNOWN_400_TYPES = ("ValidationException", "ParameterValidationError", "RequestError", "SerializationException")


class RefusingValuesOutsideMTurksLimits(MTurkTestCase):
    def test_zero_or_negative_max_assignments_are_refused_and_hold_nothing(self):
        before = balance(self.mturk)
        for count in (0, -5):
            with self.subTest(max_assignments=count):
                self.assertInvalidParameterValue("CreateHIT", hit_properties(MaxAssignments=count))
        hit_type_id = create_hit_type(self.mturk)
        self.assertInvalidParameterValue(
            "CreateHITWithHITType",
            {"HITTypeId": hit_type_id, "MaxAssignments": 0, "LifetimeInSeconds": 600, "Question": html_question()},
        )
        self.assertEqual(balance(self.mturk), before)

    def test_an_assignment_duration_over_one_year_is_refused(self):
        self.assertInvalidParameterValue("CreateHITType", hit_type_properties(AssignmentDurationInSeconds=31536001))

    def test_a_negative_auto_approval_delay_is_refused(self):
        self.assertInvalidParameterValue("CreateHITType", hit_type_properties(AutoApprovalDelayInSeconds=-1))

    def test_an_auto_approval_delay_of_zero_is_accepted(self):
        hit = create_hit(self.mturk, AutoApprovalDelayInSeconds=0)
        self.assertEqual(hit["AutoApprovalDelayInSeconds"], 0)

    def test_a_description_over_2000_characters_is_refused(self):
        self.assertInvalidParameterValue("CreateHIT", hit_properties(Description="d" * 2001))

    def test_keywords_over_1000_characters_are_refused(self):
        self.assertInvalidParameterValue("CreateHIT", hit_properties(Keywords="k" * 1001))

    def test_a_requester_annotation_over_255_characters_is_refused(self):
        self.assertInvalidParameterValue("CreateHIT", hit_properties(RequesterAnnotation="a" * 256))

    def test_a_requester_annotation_of_255_characters_is_accepted(self):
        self.assertEqual(create_hit(self.mturk, RequesterAnnotation="a" * 255)["RequesterAnnotation"], "a" * 255)

    def test_more_than_10_qualification_requirements_are_refused(self):
        requirements = [
            {"QualificationTypeId": PERCENT_APPROVED, "Comparator": "GreaterThan", "IntegerValues": [i]} for i in range(11)
        ]
        self.assertInvalidParameterValue("CreateHITType", hit_type_properties(QualificationRequirements=requirements))

    def test_a_title_of_128_non_ascii_characters_is_accepted(self):
        title = (uuid.uuid4().hex + " ").ljust(128, "\u00e9")
        self.assertEqual(create_hit(self.mturk, title=title)["Title"], title)

    def test_a_question_of_exactly_65535_bytes_is_accepted(self):
        padding = 65535 - len(html_question("<p></p>").encode("utf-8"))
        question = html_question("<p>" + "x" * padding + "</p>")
        self.assertEqual(len(question.encode("utf-8")), 65535)
        self.assertEqual(create_hit(self.mturk, Question=question)["Question"], question)

    def test_a_question_over_65535_bytes_in_fewer_characters_is_refused(self):
        question = html_question("<p>" + "\u00e9" * 33000 + "</p>")
        self.assertLess(len(question), 65535)
        self.assertParameterValidationError(self.mturk.create_hit, **hit_properties(Question=question))

    def test_requirement_values_that_do_not_fit_the_comparator_are_refused(self):
        cases = {
            "Exists with a value": {"QualificationTypeId": MASTERS, "Comparator": "Exists", "IntegerValues": [1]},
            "GreaterThan without a value": {"QualificationTypeId": PERCENT_APPROVED, "Comparator": "GreaterThan"},
            "GreaterThan with two values": {
                "QualificationTypeId": PERCENT_APPROVED,
                "Comparator": "GreaterThan",
                "IntegerValues": [1, 2],
            },
            "integer and locale values together": {
                "QualificationTypeId": LOCALE,
                "Comparator": "In",
                "IntegerValues": [1],
                "LocaleValues": [{"Country": "US"}],
            },
            "locale values on an integer type": {
                "QualificationTypeId": PERCENT_APPROVED,
                "Comparator": "EqualTo",
                "LocaleValues": [{"Country": "US"}],
            },
            "locale values with GreaterThan": {
                "QualificationTypeId": LOCALE,
                "Comparator": "GreaterThan",
                "LocaleValues": [{"Country": "US"}],
            },
            "more than 15 integer values": {
                "QualificationTypeId": PERCENT_APPROVED,
                "Comparator": "In",
                "IntegerValues": list(range(16)),
            },
            "both ActionsGuarded and RequiredToPreview": {
                "QualificationTypeId": MASTERS,
                "Comparator": "Exists",
                "ActionsGuarded": "Accept",
                "RequiredToPreview": True,
            },
        }
        for case, requirement in cases.items():
            with self.subTest(case=case):
                self.assertInvalidParameterValue(
                    "CreateHITType", hit_type_properties(QualificationRequirements=[requirement])
                )

    def test_an_enormous_hit_is_refused_for_insufficient_funds(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.InsufficientFunds",
            self.mturk.create_hit,
            **hit_properties(reward="99999999.99", MaxAssignments=1000000000)
        )

    def test_numbers_too_large_to_hold_are_refused_without_a_server_fault(self):
        cases = {
            "a 40-digit reward": hit_properties(reward="9" * 40),
            "a lifetime beyond a long": hit_properties(LifetimeInSeconds=2**63),
            "max assignments beyond an integer": hit_properties(MaxAssignments=2**31),
        }
        for case, body in cases.items():
            with self.subTest(case=case):
                response = raw_call("CreateHIT", body)
                self.assertEqual(response.status, 400, response.body)
                self.assertIn(response.json().get("__type"), KNOWN_400_TYPES, response.body)

    def test_extending_a_hit_beyond_one_year_from_now_is_refused(self):
        hit = create_hit(self.mturk)
        later = int((now() + datetime.timedelta(days=366)).timestamp())
        self.assertInvalidParameterValue("UpdateExpirationForHIT", {"HITId": hit["HITId"], "ExpireAt": later})
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"]["Expiration"], hit["Expiration"])


class RacingRequests(MTurkTestCase):
    def race(self, calls):
        """Runs the calls at once; returns (results, ClientErrors), in call order."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(calls)) as pool:
            futures = [pool.submit(call) for call in calls]
        results, errors = [], []
        for future in futures:
            try:
                results.append(future.result())
            except ClientError as error:
                errors.append(error.response)
        return results, errors

    def test_parallel_creates_with_one_token_make_exactly_one_hit(self):
        token = str(uuid.uuid4())
        title = unique("race token")
        clients = [client("REQUESTER") for _ in range(4)]
        results, errors = self.race(
            [lambda c=c: c.create_hit(**hit_properties(title=title, UniqueRequestToken=token))["HIT"] for c in clients]
        )
        self.assertEqual(len(results), 1, errors)
        self.assertEqual([e.get("TurkErrorCode") for e in errors], ["AWS.MechanicalTurk.HitAlreadyExists"] * 3, errors)
        for error in errors:
            self.assertEqual(ID_TOKEN.findall(error["Message"]), [results[0]["HITId"]])
        self.assertEqual([h["HITId"] for h in all_hits(self.mturk) if h["Title"] == title], [results[0]["HITId"]])

    def test_parallel_creates_competing_for_the_last_funds_let_exactly_one_through(self):
        poor = client("POOR")
        available, on_hold = balance(poor)
        self.assertEqual(available, D("0.10"))
        clients = [client("POOR") for _ in range(4)]
        results, errors = self.race([lambda c=c: c.create_hit(**hit_properties(reward="0.05"))["HIT"] for c in clients])
        self.assertEqual(len(results), 1, errors)
        self.assertEqual([e.get("TurkErrorCode") for e in errors], ["AWS.MechanicalTurk.InsufficientFunds"] * 3, errors)
        self.assertEqual(balance(poor), (D("0.04"), on_hold + D("0.06")))
        expire(poor, results[0]["HITId"])
        self.assertEqual(balance(poor), (available, on_hold))

    def test_parallel_expiries_release_the_escrow_once(self):
        before = balance(self.mturk)
        hit = create_hit(self.mturk, reward="0.50", MaxAssignments=3)
        clients = [client("REQUESTER") for _ in range(4)]
        _, errors = self.race([lambda c=c: c.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=0) for c in clients])
        self.assertEqual(balance(self.mturk), before)
        self.assertEqual(errors, [], "expiring a HIT that another request is expiring too succeeds")

    def test_parallel_extensions_of_an_expired_hit_hold_its_escrow_once(self):
        before = balance(self.mturk)
        hit = create_hit(self.mturk, reward="0.50", MaxAssignments=3)
        expire(self.mturk, hit["HITId"])
        later = (now() + datetime.timedelta(hours=2)).replace(microsecond=0)
        clients = [client("REQUESTER") for _ in range(4)]
        _, errors = self.race([lambda c=c: c.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=later) for c in clients])
        self.assertEqual(balance(self.mturk), (before[0] - D("1.80"), before[1] + D("1.80")))
        self.assertEqual(errors, [], "extending a HIT that another request extends to the same time succeeds")
        expire(self.mturk, hit["HITId"])
        self.assertEqual(balance(self.mturk), before)


class ConservingMoney(MTurkTestCase):
    def test_retyping_then_expiring_a_hit_gives_back_exactly_what_was_held(self):
        before = balance(self.mturk)
        hit = create_hit(self.mturk, reward="0.10", MaxAssignments=3)
        dearer = create_hit_type(self.mturk, reward="1.00")
        self.mturk.update_hit_type_of_hit(HITId=hit["HITId"], HITTypeId=dearer)
        expire(self.mturk, hit["HITId"])
        self.assertEqual(balance(self.mturk), before)

    def test_retyping_an_expired_hit_then_extending_and_expiring_it_leaves_the_balance_as_it_was(self):
        before = balance(self.mturk)
        hit = create_hit(self.mturk, reward="0.10", MaxAssignments=2)
        expire(self.mturk, hit["HITId"])
        self.mturk.update_hit_type_of_hit(HITId=hit["HITId"], HITTypeId=create_hit_type(self.mturk, reward="0.50"))
        self.mturk.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=now() + datetime.timedelta(hours=1))
        expire(self.mturk, hit["HITId"])
        self.assertEqual(balance(self.mturk), before)

    def test_an_expired_hit_cannot_be_extended_without_the_funds_to_hold_again(self):
        poor = client("POOR")
        available, on_hold = balance(poor)
        self.assertEqual(available, D("0.10"))
        first = create_hit(poor, reward="0.04", MaxAssignments=2)
        expire(poor, first["HITId"])
        second = create_hit(poor, reward="0.05")
        self.assertEqual(balance(poor)[0], D("0.04"))
        try:
            message = self.assertRequestError(
                "AWS.MechanicalTurk.InsufficientFunds",
                poor.update_expiration_for_hit,
                HITId=first["HITId"],
                ExpireAt=now() + datetime.timedelta(hours=1),
            )
            self.assertIn("insufficient funds", message)
            self.assertEqual(poor.get_hit(HITId=first["HITId"])["HIT"]["HITStatus"], "Reviewable")
            self.assertEqual(balance(poor)[0], D("0.04"))
        finally:
            expire(poor, first["HITId"])
            expire(poor, second["HITId"])
        self.assertEqual(balance(poor), (available, on_hold))

    def test_a_failed_create_does_not_use_up_its_unique_request_token(self):
        token = str(uuid.uuid4())
        self.assertParameterValidationError(
            self.mturk.create_hit, **hit_properties(LifetimeInSeconds=29, UniqueRequestToken=token)
        )
        hit = create_hit(self.mturk, UniqueRequestToken=token)
        self.assertIsId(hit["HITId"])


if __name__ == "__main__":
    unittest.main()
