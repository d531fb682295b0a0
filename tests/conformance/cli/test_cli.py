"""The AWS CLI (`aws mturk ...`) against Kempelen: every implemented operation, auto-pagination of
list-hits, and the main error kinds as the CLI reports them (exit 254, code on stderr)."""

import datetime
import decimal
import json
import os
import unittest
import uuid

from cli import (
    ID_TOKEN,
    LOCALE,
    MASTERS,
    PERCENT_APPROVED,
    CliTestCase,
    Worker,
    aws,
    hit_args,
    hit_type_args,
    html_question,
    parse_time,
    unique,
    unknown_id,
)


class CreatingHITTypes(CliTestCase):
    def test_create_hit_type_returns_an_id_and_reuses_it_for_identical_properties(self):
        args = hit_type_args()
        first = self.ok("create-hit-type", *args)["HITTypeId"]
        self.assertIsId(first)
        self.assertEqual(self.ok("create-hit-type", *args)["HITTypeId"], first)

    def test_create_hit_type_accepts_requirements_as_json(self):
        requirements = json.dumps([{"QualificationTypeId": MASTERS, "Comparator": "Exists"}])
        response = self.ok("create-hit-type", *hit_type_args(), "--qualification-requirements", requirements)
        self.assertIsId(response["HITTypeId"])

    def test_create_hit_type_with_an_unknown_qualification_type_is_a_request_error(self):
        requirements = json.dumps([{"QualificationTypeId": unknown_id(), "Comparator": "Exists"}])
        self.assertServiceError(
            "RequestError", "create-hit-type", *hit_type_args(), "--qualification-requirements", requirements
        )


class CreatingHITs(CliTestCase):
    def test_create_hit_prints_the_new_assignable_hit(self):
        title = unique("cli create")
        question = html_question("<p>cli</p>")
        hit = self.create_hit("--requester-annotation", "cli-batch", title=title, reward="0.5", max_assignments=2, lifetime=7200, question=question)
        self.assertIsId(hit["HITId"])
        self.assertIsId(hit["HITTypeId"])
        self.assertIsId(hit["HITGroupId"])
        self.assertEqual(hit["Title"], title)
        self.assertEqual(hit["Reward"], "0.50")
        self.assertEqual(hit["MaxAssignments"], 2)
        self.assertEqual(hit["NumberOfAssignmentsAvailable"], 2)
        self.assertEqual(hit["HITStatus"], "Assignable")
        self.assertEqual(hit["HITReviewStatus"], "NotReviewed")
        self.assertEqual(hit["Question"], question)
        self.assertEqual(hit["RequesterAnnotation"], "cli-batch")
        self.assertEqual(parse_time(hit["Expiration"]) - parse_time(hit["CreationTime"]), datetime.timedelta(seconds=7200))

    def test_create_hit_echoes_qualification_requirements(self):
        requirements = [
            {"QualificationTypeId": PERCENT_APPROVED, "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [98]},
            {"QualificationTypeId": LOCALE, "Comparator": "EqualTo", "LocaleValues": [{"Country": "GB"}], "ActionsGuarded": "DiscoverPreviewAndAccept"},
        ]
        hit = self.create_hit("--qualification-requirements", json.dumps(requirements))
        echoed = hit["QualificationRequirements"]
        self.assertEqual([r["QualificationTypeId"] for r in echoed], [PERCENT_APPROVED, LOCALE])
        self.assertEqual(echoed[0]["IntegerValues"], [98])
        self.assertEqual(echoed[0]["ActionsGuarded"], "Accept")
        self.assertEqual(echoed[0]["RequiredToPreview"], False)
        self.assertEqual(echoed[1]["LocaleValues"], [{"Country": "GB"}])
        self.assertEqual(echoed[1]["ActionsGuarded"], "DiscoverPreviewAndAccept")

    def test_create_hit_with_hit_type_takes_the_types_properties_and_defaults_to_one_assignment(self):
        title = unique("cli typed")
        hit_type_id = self.ok("create-hit-type", *hit_type_args(title=title, reward="0.3"))["HITTypeId"]
        hit = self.ok(
            "create-hit-with-hit-type", "--hit-type-id", hit_type_id, "--lifetime-in-seconds", 600, "--question", html_question()
        )["HIT"]
        self.assertEqual(hit["HITTypeId"], hit_type_id)
        self.assertEqual(hit["Title"], title)
        self.assertEqual(hit["Reward"], "0.30")
        self.assertEqual(hit["MaxAssignments"], 1)
        self.assertEqual(hit["HITStatus"], "Assignable")

    def test_hits_of_one_type_share_the_hit_group(self):
        hit_type_id = self.create_hit_type()
        groups = {
            self.ok("create-hit-with-hit-type", "--hit-type-id", hit_type_id, "--lifetime-in-seconds", 600, "--question", html_question())["HIT"]["HITGroupId"]
            for _ in range(2)
        }
        self.assertEqual(len(groups), 1)

    def test_create_hit_with_an_unknown_hit_type_is_a_request_error(self):
        message = self.assertServiceError(
            "RequestError",
            "create-hit-with-hit-type",
            "--hit-type-id", unknown_id(),
            "--lifetime-in-seconds", 600,
            "--question", html_question(),
        )
        self.assertTrue(message)

    def test_a_lifetime_under_30_seconds_is_a_parameter_validation_error(self):
        self.assertServiceError("ParameterValidationError", "create-hit", *hit_args(lifetime=29))

    def test_an_invalid_question_is_a_parameter_validation_error(self):
        self.assertServiceError("ParameterValidationError", "create-hit", *hit_args(question="<Nonsense/>"))

    def test_a_reward_with_three_decimals_is_a_validation_exception(self):
        message = self.assertServiceError("ValidationException", "create-hit", *hit_args(reward="0.001"))
        self.assertIn("'reward'", message)

    def test_a_repeated_unique_request_token_is_hit_already_exists_naming_the_first_hit(self):
        token = str(uuid.uuid4())
        first = self.create_hit("--unique-request-token", token)
        message = self.assertServiceError("RequestError", "create-hit", *hit_args(), "--unique-request-token", token)
        self.assertEqual(ID_TOKEN.findall(message), [first["HITId"]], message)

    def test_a_hit_the_requester_cannot_pay_for_is_refused_for_insufficient_funds(self):
        message = self.assertServiceError("RequestError", "create-hit", *hit_args(reward="0.50"), requester="POOR")
        self.assertIn("insufficient funds", message)

    def test_both_a_question_and_a_layout_are_a_request_error(self):
        self.assertServiceError("RequestError", "create-hit", *hit_args(), "--hit-layout-id", unknown_id())


class ReadingHITs(CliTestCase):
    def test_get_hit_returns_what_create_hit_printed(self):
        created = self.create_hit()
        self.assertEqual(self.ok("get-hit", "--hit-id", created["HITId"])["HIT"], created)

    def test_get_hit_of_an_unknown_hit_says_it_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertServiceError("RequestError", "get-hit", "--hit-id", hit_id)
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)

    def test_get_hit_of_another_requesters_hit_says_it_does_not_exist(self):
        foreign = self.create_hit(requester="OTHER")
        message = self.assertServiceError("RequestError", "get-hit", "--hit-id", foreign["HITId"])
        self.assertIn("does not exist", message)

    def test_list_hits_pages_automatically_through_every_hit(self):
        title = unique("cli paged")
        created = [self.create_hit(title=title)["HITId"] for _ in range(12)]
        listed = self.ok("list-hits", "--page-size", 5)
        ids = [h["HITId"] for h in listed["HITs"]]
        self.assertEqual(len(ids), len(set(ids)), "no HIT is listed twice")
        self.assertEqual([i for i in ids if i in created], created)
        self.assertNotIn("NextToken", listed)

    def test_list_hits_max_items_stops_early_and_starting_token_resumes(self):
        for _ in range(8):
            self.create_hit()
        everything = [h["HITId"] for h in self.ok("list-hits", "--page-size", 3)["HITs"]]
        first = self.ok("list-hits", "--page-size", 3, "--max-items", 7)
        self.assertEqual(len(first["HITs"]), 7)
        self.assertIn("NextToken", first)
        rest = self.ok("list-hits", "--page-size", 3, "--starting-token", first["NextToken"])
        self.assertEqual([h["HITId"] for h in first["HITs"] + rest["HITs"]][: len(everything)], everything)

    def test_list_hits_with_max_results_returns_one_page_and_a_token(self):
        for _ in range(3):
            self.create_hit()
        page = self.ok("list-hits", "--max-results", 2)
        self.assertEqual(len(page["HITs"]), 2)
        self.assertEqual(page["NumResults"], 2)
        self.assertIn("NextToken", page)

    def test_list_hits_with_max_results_over_100_is_a_validation_exception(self):
        message = self.assertServiceError("ValidationException", "list-hits", "--max-results", 101)
        self.assertIn("Member must have value less than or equal to 100", message)

    def test_list_hits_with_an_invalid_next_token_is_a_request_error(self):
        message = self.assertServiceError("RequestError", "list-hits", "--next-token", "not-a-token", "--max-results", 5)
        self.assertTrue(message.startswith("The NextToken is invalid for this request."), message)

    def test_list_hits_does_not_show_another_requesters_hits(self):
        foreign = self.create_hit(requester="OTHER")
        ids = [h["HITId"] for h in self.ok("list-hits")["HITs"]]
        self.assertNotIn(foreign["HITId"], ids)


class ChangingHITs(CliTestCase):
    def test_update_expiration_with_0_expires_the_hit(self):
        hit = self.create_hit()
        self.assertEqual(self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", 0), {})
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]["HITStatus"], "Reviewable")

    def test_update_expiration_with_an_iso_time_in_the_past_expires_the_hit(self):
        hit = self.create_hit()
        self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", "2020-01-01T00:00:00Z")
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]["HITStatus"], "Reviewable")

    def test_update_expiration_with_a_later_time_extends_the_hit(self):
        hit = self.create_hit(lifetime=3600)
        later = parse_time(hit["Expiration"]).replace(microsecond=0) + datetime.timedelta(hours=3)
        self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", later.strftime("%Y-%m-%dT%H:%M:%SZ"))
        fetched = self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]
        self.assertEqual(parse_time(fetched["Expiration"]), later)

    def test_update_expiration_to_an_earlier_future_time_cannot_shorten(self):
        hit = self.create_hit(lifetime=7200)
        earlier = int(parse_time(hit["CreationTime"]).timestamp()) + 3600
        message = self.assertServiceError("RequestError", "update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", earlier)
        self.assertTrue(message.startswith("You cannot shorten"), message)

    def test_update_expiration_of_an_unknown_hit_says_it_does_not_exist(self):
        message = self.assertServiceError("RequestError", "update-expiration-for-hit", "--hit-id", unknown_id(), "--expire-at", 0)
        self.assertIn("does not exist", message)

    def test_update_hit_type_of_hit_moves_the_hit_to_the_new_type(self):
        hit = self.create_hit(reward="0.10")
        new_title = unique("cli retyped")
        new_type = self.create_hit_type(title=new_title, reward="0.20")
        self.assertEqual(self.ok("update-hit-type-of-hit", "--hit-id", hit["HITId"], "--hit-type-id", new_type), {})
        moved = self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]
        self.assertEqual(moved["HITTypeId"], new_type)
        self.assertEqual(moved["Title"], new_title)
        self.assertEqual(moved["Reward"], "0.20")
        self.assertNotEqual(moved["HITGroupId"], hit["HITGroupId"])

    def test_update_hit_type_of_hit_to_an_unknown_type_is_a_request_error(self):
        hit = self.create_hit()
        self.assertServiceError("RequestError", "update-hit-type-of-hit", "--hit-id", hit["HITId"], "--hit-type-id", unknown_id())

    def test_delete_hit_of_an_expired_hit_disposes_of_it(self):
        hit = self.create_hit()
        self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", 0)
        self.assertEqual(self.ok("delete-hit", "--hit-id", hit["HITId"]), {})
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]["HITStatus"], "Disposed")
        self.assertNotIn(hit["HITId"], [h["HITId"] for h in self.ok("list-hits")["HITs"]])

    def test_delete_hit_of_a_live_hit_is_an_invalid_hit_state(self):
        hit = self.create_hit()
        message = self.assertServiceError("RequestError", "delete-hit", "--hit-id", hit["HITId"])
        self.assertTrue(
            message.startswith(
                "This HIT is currently in the state 'Assignable'. This operation can be called with a status of: Reviewing, Reviewable"
            ),
            message,
        )

    def test_delete_hit_of_an_unknown_hit_says_it_does_not_exist(self):
        message = self.assertServiceError("RequestError", "delete-hit", "--hit-id", unknown_id())
        self.assertIn("does not exist", message)


class CheckingTheBalance(CliTestCase):
    def test_get_account_balance_shows_escrow_held_and_released(self):
        before = self.ok("get-account-balance", requester="MONEY")
        self.assertEqual(before, {"AvailableBalance": "100.00", "OnHoldBalance": "0.00"})
        hit = self.create_hit(reward="0.50", max_assignments=3, requester="MONEY")
        self.assertEqual(
            self.ok("get-account-balance", requester="MONEY"), {"AvailableBalance": "98.20", "OnHoldBalance": "1.80"}
        )
        self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", 0, requester="MONEY")
        self.assertEqual(self.ok("get-account-balance", requester="MONEY"), before)


class ReviewingWork(CliTestCase):
    """Workers 1 and 2 do the work (worker API); the requester reviews it with the CLI."""

    def submitted(self, requester="REQUESTER", worker=1, **kwargs):
        hit = self.create_hit(requester=requester, **kwargs)
        return hit, Worker(worker).do(hit["HITId"])

    def test_get_assignment_prints_the_submitted_work_and_its_hit(self):
        hit, assignment_id = self.submitted()
        response = self.ok("get-assignment", "--assignment-id", assignment_id)
        assignment = response["Assignment"]
        self.assertEqual(assignment["AssignmentId"], assignment_id)
        self.assertEqual(assignment["WorkerId"], Worker(1).id)
        self.assertEqual(assignment["HITId"], hit["HITId"])
        self.assertEqual(assignment["AssignmentStatus"], "Submitted")
        self.assertEqual(
            parse_time(assignment["AutoApprovalTime"]) - parse_time(assignment["SubmitTime"]), datetime.timedelta(seconds=3600)
        )
        self.assertEqual(parse_time(assignment["Deadline"]) - parse_time(assignment["AcceptTime"]), datetime.timedelta(seconds=600))
        self.assertIn("<QuestionIdentifier>colour</QuestionIdentifier>", assignment["Answer"])
        self.assertIn("<FreeText>red</FreeText>", assignment["Answer"])
        self.assertEqual(response["HIT"], self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"])

    def test_get_assignment_of_work_in_progress_is_an_invalid_assignment_state(self):
        hit = self.create_hit()
        assignment_id = Worker(1).accept(hit["HITId"])
        message = self.assertServiceError("RequestError", "get-assignment", "--assignment-id", assignment_id)
        self.assertTrue(message.startswith("This operation can be called with a status of: Reviewable,Approved,Rejected"), message)

    def test_get_assignment_of_another_requesters_assignment_says_it_does_not_exist(self):
        _, assignment_id = self.submitted(requester="OTHER")
        message = self.assertServiceError("RequestError", "get-assignment", "--assignment-id", assignment_id)
        self.assertTrue(message.startswith("Assignment %s does not exist." % assignment_id), message)

    def test_list_assignments_for_hit_pages_through_the_work_and_filters_by_status(self):
        hit = self.create_hit(max_assignments=3)
        approved, submitted = Worker(1).do(hit["HITId"]), Worker(2).do(hit["HITId"])
        Worker(3).accept(hit["HITId"])
        self.ok("approve-assignment", "--assignment-id", approved)
        listed = self.ok("list-assignments-for-hit", "--hit-id", hit["HITId"], "--page-size", 1)
        self.assertEqual(
            {a["AssignmentId"]: a["AssignmentStatus"] for a in listed["Assignments"]}, {approved: "Approved", submitted: "Submitted"}
        )
        self.assertNotIn("NextToken", listed)
        only = self.ok("list-assignments-for-hit", "--hit-id", hit["HITId"], "--assignment-statuses", "Submitted", "Rejected")
        self.assertEqual([a["AssignmentId"] for a in only["Assignments"]], [submitted])

    def test_list_assignments_for_hit_of_an_unknown_hit_says_it_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertServiceError("RequestError", "list-assignments-for-hit", "--hit-id", hit_id)
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)

    def test_reject_assignment_records_the_feedback(self):
        _, assignment_id = self.submitted()
        self.assertEqual(self.ok("reject-assignment", "--assignment-id", assignment_id, "--requester-feedback", "Off topic."), {})
        assignment = self.ok("get-assignment", "--assignment-id", assignment_id)["Assignment"]
        self.assertEqual((assignment["AssignmentStatus"], assignment["RequesterFeedback"]), ("Rejected", "Off topic."))
        message = self.assertServiceError("RequestError", "reject-assignment", "--assignment-id", assignment_id, "--requester-feedback", "Again.")
        self.assertTrue(message.startswith("This operation can be called with a status of: Submitted"), message)

    def test_approve_assignment_twice_is_an_invalid_assignment_state_and_override_rejection_approves(self):
        _, first = self.submitted()
        self.assertEqual(self.ok("approve-assignment", "--assignment-id", first, "--requester-feedback", "Thanks."), {})
        message = self.assertServiceError("RequestError", "approve-assignment", "--assignment-id", first)
        self.assertTrue(message.startswith("This operation can be called with a status of: Submitted"), message)
        _, second = self.submitted()
        self.ok("reject-assignment", "--assignment-id", second, "--requester-feedback", "Wrong.")
        self.ok("approve-assignment", "--assignment-id", second, "--override-rejection")
        self.assertEqual(self.ok("get-assignment", "--assignment-id", second)["Assignment"]["AssignmentStatus"], "Approved")

    def test_list_reviewable_hits_and_update_hit_review_status(self):
        hit = self.create_hit()
        Worker(1).do(hit["HITId"])

        def listed(*args):
            return [h["HITId"] for h in self.ok("list-reviewable-hits", "--hit-type-id", hit["HITTypeId"], *args)["HITs"]]

        self.assertEqual(listed(), [hit["HITId"]])
        self.assertEqual(self.ok("update-hit-review-status", "--hit-id", hit["HITId"], "--no-revert"), {})
        self.assertEqual(listed(), [])
        self.assertEqual(listed("--status", "Reviewing"), [hit["HITId"]])
        message = self.assertServiceError("RequestError", "update-hit-review-status", "--hit-id", hit["HITId"])
        self.assertTrue(message)
        self.ok("update-hit-review-status", "--hit-id", hit["HITId"], "--revert")
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]["HITStatus"], "Reviewable")

    def test_list_reviewable_hits_pages_automatically(self):
        hit_type_id = self.create_hit_type()
        created = []
        for _ in range(4):
            hit_id = self.ok(
                "create-hit-with-hit-type", "--hit-type-id", hit_type_id, "--lifetime-in-seconds", 600, "--question", html_question()
            )["HIT"]["HITId"]
            self.ok("update-expiration-for-hit", "--hit-id", hit_id, "--expire-at", 0)
            created.append(hit_id)
        listed = self.ok("list-reviewable-hits", "--hit-type-id", hit_type_id, "--page-size", 3)
        self.assertEqual(sorted(h["HITId"] for h in listed["HITs"]), sorted(created))

    def test_update_hit_review_status_of_a_live_hit_is_an_invalid_hit_state(self):
        hit = self.create_hit()
        self.assertServiceError("RequestError", "update-hit-review-status", "--hit-id", hit["HITId"])
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"])["HIT"]["HITStatus"], "Assignable")


class PayingWorkers(CliTestCase):
    """The PAYER requester and worker 3: balances compared before and after each step."""

    D = decimal.Decimal

    def balances(self):
        response = self.ok("get-account-balance", requester="PAYER")
        return self.D(response["AvailableBalance"]), self.D(response["OnHoldBalance"]), self.D(Worker(3).balance())

    def submitted(self, reward="0.50", **kwargs):
        hit = self.create_hit(requester="PAYER", reward=reward, **kwargs)
        return hit["HITId"], Worker(3).do(hit["HITId"])

    def test_approve_assignment_pays_the_worker_from_the_escrow(self):
        available, on_hold, earned = self.balances()
        _, assignment_id = self.submitted()
        self.assertEqual(self.balances(), (available - self.D("0.60"), on_hold + self.D("0.60"), earned))
        self.ok("approve-assignment", "--assignment-id", assignment_id, requester="PAYER")
        self.assertEqual(self.balances(), (available - self.D("0.60"), on_hold, earned + self.D("0.50")))

    def test_reject_assignment_gives_the_escrow_back(self):
        before = self.balances()
        _, assignment_id = self.submitted()
        self.ok("reject-assignment", "--assignment-id", assignment_id, "--requester-feedback", "No.", requester="PAYER")
        self.assertEqual(self.balances(), before)

    def test_send_bonus_costs_the_bonus_plus_20_percent_and_is_listed(self):
        hit_id, assignment_id = self.submitted()
        self.ok("approve-assignment", "--assignment-id", assignment_id, requester="PAYER")
        available, on_hold, earned = self.balances()
        token = str(uuid.uuid4())
        args = ["--worker-id", Worker(3).id, "--assignment-id", assignment_id, "--bonus-amount", "1.00", "--reason", "Extra care.", "--unique-request-token", token]
        self.assertEqual(self.ok("send-bonus", *args, requester="PAYER"), {})
        self.assertEqual(self.balances(), (available - self.D("1.20"), on_hold, earned + self.D("1.00")))
        message = self.assertServiceError("RequestError", "send-bonus", *args, requester="PAYER")
        self.assertIn(assignment_id, message)
        self.assertEqual(self.balances(), (available - self.D("1.20"), on_hold, earned + self.D("1.00")))
        for selector in (["--hit-id", hit_id], ["--assignment-id", assignment_id]):
            payments = self.ok("list-bonus-payments", *selector, requester="PAYER")["BonusPayments"]
            self.assertEqual(
                [(p["WorkerId"], p["BonusAmount"], p["AssignmentId"], p["Reason"]) for p in payments],
                [(Worker(3).id, "1.00", assignment_id, "Extra care.")],
            )

    def test_send_bonus_with_three_decimals_is_a_validation_exception(self):
        _, assignment_id = self.submitted(reward="0.05")
        self.ok("approve-assignment", "--assignment-id", assignment_id, requester="PAYER")
        message = self.assertServiceError(
            "ValidationException", "send-bonus", "--worker-id", Worker(3).id, "--assignment-id", assignment_id,
            "--bonus-amount", "0.001", "--reason", "Tiny.", requester="PAYER",
        )
        self.assertIn("bonusAmount", message)

    def test_list_bonus_payments_pages_automatically_and_needs_exactly_one_selector(self):
        hit_id, assignment_id = self.submitted(reward="0.05")
        self.ok("approve-assignment", "--assignment-id", assignment_id, requester="PAYER")
        for n in range(3):
            self.ok(
                "send-bonus", "--worker-id", Worker(3).id, "--assignment-id", assignment_id, "--bonus-amount", "0.01",
                "--reason", "bonus %d" % n, requester="PAYER",
            )
        listed = self.ok("list-bonus-payments", "--hit-id", hit_id, "--page-size", 2, requester="PAYER")
        self.assertEqual(sorted(p["Reason"] for p in listed["BonusPayments"]), ["bonus 0", "bonus 1", "bonus 2"])
        self.assertServiceError("RequestError", "list-bonus-payments", "--hit-id", hit_id, "--assignment-id", assignment_id, requester="PAYER")
        self.assertServiceError("RequestError", "list-bonus-payments", requester="PAYER")

    def test_create_additional_assignments_for_hit_grows_the_hit_and_holds_escrow(self):
        hit = self.create_hit(requester="PAYER", reward="0.50", max_assignments=2)
        available, on_hold, _ = self.balances()
        token = str(uuid.uuid4())
        args = ["--hit-id", hit["HITId"], "--number-of-additional-assignments", 2, "--unique-request-token", token]
        self.assertEqual(self.ok("create-additional-assignments-for-hit", *args, requester="PAYER"), {})
        grown = self.ok("get-hit", "--hit-id", hit["HITId"], requester="PAYER")["HIT"]
        self.assertEqual((grown["MaxAssignments"], grown["NumberOfAssignmentsAvailable"]), (4, 4))
        self.assertEqual(self.balances()[:2], (available - self.D("1.20"), on_hold + self.D("1.20")))
        message = self.assertServiceError("RequestError", "create-additional-assignments-for-hit", *args, requester="PAYER")
        self.assertIn(hit["HITId"], message)
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"], requester="PAYER")["HIT"]["MaxAssignments"], 4)
        self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", 0, requester="PAYER")
        self.assertEqual(self.balances()[:2], (available + self.D("1.20"), on_hold - self.D("1.20")))

    def test_create_additional_assignments_from_under_10_to_10_is_refused(self):
        hit = self.create_hit(requester="PAYER", reward="0.01", max_assignments=9)
        message = self.assertServiceError(
            "RequestError", "create-additional-assignments-for-hit", "--hit-id", hit["HITId"],
            "--number-of-additional-assignments", 1, requester="PAYER",
        )
        self.assertTrue(message)
        self.assertEqual(self.ok("get-hit", "--hit-id", hit["HITId"], requester="PAYER")["HIT"]["MaxAssignments"], 9)
        self.ok("update-expiration-for-hit", "--hit-id", hit["HITId"], "--expire-at", 0, requester="PAYER")


class Authenticating(CliTestCase):
    def test_an_unknown_access_key_is_an_unrecognized_client(self):
        self.assertServiceError(
            "UnrecognizedClientException", "get-account-balance", access_key="KMPUNKNOWNKEY0000000", secret="s" * 40
        )

    def test_a_wrong_secret_is_an_invalid_signature(self):
        key = os.environ["KEMPELEN_REQUESTER_ACCESS_KEY_ID"]
        secret = os.environ["KEMPELEN_REQUESTER_SECRET_ACCESS_KEY"]
        wrong = ("x" if secret[0] != "x" else "y") + secret[1:]
        self.assertServiceError("InvalidSignatureException", "get-account-balance", access_key=key, secret=wrong)

    def test_an_unsigned_request_is_missing_the_authentication_token(self):
        result = aws("get-account-balance", "--no-sign-request")
        self.assertEqual(result.code, 254, result)
        self.assertIn("MissingAuthenticationTokenException", result.stderr)


QUALIFICATION_TEST = (
    '<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">'
    "<Question><QuestionIdentifier>colour</QuestionIdentifier><IsRequired>true</IsRequired>"
    "<QuestionContent><Text>Which word is a colour?</Text></QuestionContent>"
    "<AnswerSpecification><SelectionAnswer><Selections>"
    "<Selection><SelectionIdentifier>red</SelectionIdentifier><Text>red</Text></Selection>"
    "<Selection><SelectionIdentifier>fast</SelectionIdentifier><Text>fast</Text></Selection>"
    "</Selections></SelectionAnswer></AnswerSpecification></Question></QuestionForm>"
)


class ManagingQualificationTypes(CliTestCase):
    def create_type(self, *extra, name=None, requester="REQUESTER"):
        return self.ok(
            "create-qualification-type",
            "--name", name or unique("cli qualification"),
            "--description", "Workers who can tell colours apart",
            "--keywords", "colour, vision",
            "--qualification-type-status", "Active",
            *extra,
            requester=requester,
        )["QualificationType"]

    def test_create_qualification_type_prints_the_type_and_get_reads_it_back(self):
        created = self.create_type("--test", QUALIFICATION_TEST, "--test-duration-in-seconds", 600, "--retry-delay-in-seconds", 60)
        self.assertIsId(created["QualificationTypeId"])
        self.assertEqual(created["Test"], QUALIFICATION_TEST)
        self.assertTrue(created["IsRequestable"])
        self.assertFalse(created["AutoGranted"])
        read = self.ok("get-qualification-type", "--qualification-type-id", created["QualificationTypeId"])["QualificationType"]
        self.assertEqual(read["Name"], created["Name"])
        self.assertEqual(read["RetryDelayInSeconds"], 60)
        theirs = self.ok("get-qualification-type", "--qualification-type-id", created["QualificationTypeId"], requester="OTHER")["QualificationType"]
        self.assertNotIn("Test", theirs)

    def test_a_repeated_name_is_qualification_type_already_exists(self):
        name = unique("cli qualification")
        self.create_type(name=name)
        message = self.assertServiceError(
            "RequestError", "create-qualification-type", "--name", name.upper(), "--description", "d", "--qualification-type-status", "Active"
        )
        self.assertIn("already created a QualificationType with this name", message)

    def test_a_test_that_is_not_a_question_form_is_a_parameter_validation_error(self):
        self.assertServiceError(
            "ParameterValidationError", "create-qualification-type", "--name", unique("cli qualification"), "--description", "d",
            "--qualification-type-status", "Active", "--test", html_question(), "--test-duration-in-seconds", 600,
        )

    def test_get_qualification_type_of_a_system_type_and_of_an_unknown_one(self):
        masters = self.ok("get-qualification-type", "--qualification-type-id", MASTERS)["QualificationType"]
        self.assertEqual(masters["Name"], "Masters")
        self.assertFalse(masters["IsRequestable"])
        self.assertServiceError("RequestError", "get-qualification-type", "--qualification-type-id", unknown_id())

    def test_list_qualification_types_pages_automatically_and_filters_by_query(self):
        word = "needle" + uuid.uuid4().hex[:10]
        made = [self.create_type("--keywords", word)["QualificationTypeId"] for _ in range(3)]
        listed = self.ok(
            "list-qualification-types", "--types-query", word, "--must-be-requestable", "--must-be-owned-by-caller", "--page-size", 2
        )["QualificationTypes"]
        self.assertEqual(sorted(t["QualificationTypeId"] for t in listed), sorted(made))
        system = self.ok("list-qualification-types", "--types-query", "Worker_Percent", "--no-must-be-requestable")["QualificationTypes"]
        self.assertIn(PERCENT_APPROVED, [t["QualificationTypeId"] for t in system])

    def test_update_qualification_type_changes_what_may_change_and_only_for_the_owner(self):
        type_id = self.create_type()["QualificationTypeId"]
        updated = self.ok(
            "update-qualification-type", "--qualification-type-id", type_id, "--description", "Sees every colour",
            "--qualification-type-status", "Inactive", "--auto-granted", "--auto-granted-value", 5,
        )["QualificationType"]
        self.assertEqual(updated["Description"], "Sees every colour")
        self.assertEqual(updated["QualificationTypeStatus"], "Inactive")
        self.assertEqual(updated["AutoGrantedValue"], 5)
        self.assertServiceError(
            "RequestError", "update-qualification-type", "--qualification-type-id", type_id, "--description", "mine", requester="OTHER"
        )

    def test_delete_qualification_type_then_every_use_is_an_invalid_state(self):
        type_id = self.create_type()["QualificationTypeId"]
        self.create_hit("--qualification-requirements", json.dumps([{"QualificationTypeId": type_id, "Comparator": "Exists"}]))
        self.ok("delete-qualification-type", "--qualification-type-id", type_id)
        for operation in ("get-qualification-type", "delete-qualification-type", "list-workers-with-qualification-type"):
            with self.subTest(operation=operation):
                message = self.assertServiceError("RequestError", operation, "--qualification-type-id", type_id)
                self.assertTrue(message.startswith("This operation can be called with a status of: Active,Inactive"), message)
        self.assertServiceError("RequestError", "delete-qualification-type", "--qualification-type-id", MASTERS, requester="OTHER")

    def test_associate_score_list_and_disassociate(self):
        type_id = self.create_type()["QualificationTypeId"]
        worker_ids = [Worker(n).id for n in (1, 2)]
        for worker_id in worker_ids:
            self.ok("associate-qualification-with-worker", "--qualification-type-id", type_id, "--worker-id", worker_id, "--integer-value", 42, "--no-send-notification")
        score = self.ok("get-qualification-score", "--qualification-type-id", type_id, "--worker-id", worker_ids[0])["Qualification"]
        self.assertEqual((score["IntegerValue"], score["Status"]), (42, "Granted"))
        parse_time(score["GrantTime"])
        listed = self.ok("list-workers-with-qualification-type", "--qualification-type-id", type_id, "--page-size", 1)["Qualifications"]
        self.assertEqual(sorted(q["WorkerId"] for q in listed), sorted(worker_ids))
        self.ok("disassociate-qualification-from-worker", "--qualification-type-id", type_id, "--worker-id", worker_ids[0], "--reason", "Too many mistakes.")
        message = self.assertServiceError("RequestError", "get-qualification-score", "--qualification-type-id", type_id, "--worker-id", worker_ids[0])
        self.assertTrue(message.startswith("This operation can be called with a status of: Granted"), message)
        revoked = self.ok("list-workers-with-qualification-type", "--qualification-type-id", type_id, "--status", "Revoked")["Qualifications"]
        self.assertEqual([q["WorkerId"] for q in revoked], [worker_ids[0]])

    def test_grants_on_a_system_type_or_of_a_qualification_never_held_are_refused(self):
        type_id = self.create_type()["QualificationTypeId"]
        self.assertServiceError(
            "RequestError", "associate-qualification-with-worker", "--qualification-type-id", PERCENT_APPROVED, "--worker-id", Worker(1).id
        )
        message = self.assertServiceError(
            "RequestError", "disassociate-qualification-from-worker", "--qualification-type-id", type_id, "--worker-id", Worker(3).id
        )
        self.assertIn("does not exist", message)
        message = self.assertServiceError(
            "RequestError", "get-qualification-score", "--qualification-type-id", type_id, "--worker-id", Worker(3).id
        )
        self.assertIn("does not exist", message)

    def test_list_qualification_requests_is_empty_and_unknown_requests_do_not_exist(self):
        type_id = self.create_type()["QualificationTypeId"]
        listed = self.ok("list-qualification-requests", "--qualification-type-id", type_id)
        self.assertEqual(listed["QualificationRequests"], [])
        request_id = unknown_id()
        for operation in ("accept-qualification-request", "reject-qualification-request"):
            with self.subTest(operation=operation):
                message = self.assertServiceError("RequestError", operation, "--qualification-request-id", request_id)
                self.assertTrue(message.startswith("QualificationRequest %s does not exist." % request_id), message)

    def test_a_workers_request_is_listed_accepted_with_a_value_and_another_rejected(self):
        accepted_type = self.create_type()["QualificationTypeId"]
        rejected_type = self.create_type()["QualificationTypeId"]
        Worker(1).request_qualification(accepted_type)
        Worker(1).request_qualification(rejected_type)

        to_accept = self.ok("list-qualification-requests", "--qualification-type-id", accepted_type)["QualificationRequests"][0]
        to_reject = self.ok("list-qualification-requests", "--qualification-type-id", rejected_type)["QualificationRequests"][0]
        self.ok("accept-qualification-request", "--qualification-request-id", to_accept["QualificationRequestId"], "--integer-value", 3)
        self.ok("reject-qualification-request", "--qualification-request-id", to_reject["QualificationRequestId"], "--reason", "Not this time.")

        self.assertEqual(to_accept["WorkerId"], Worker(1).id)
        score = self.ok("get-qualification-score", "--qualification-type-id", accepted_type, "--worker-id", Worker(1).id)["Qualification"]
        self.assertEqual(score["IntegerValue"], 3)
        self.assertEqual(self.ok("list-qualification-requests", "--qualification-type-id", rejected_type)["QualificationRequests"], [])

    def test_list_hits_for_qualification_type_pages_automatically(self):
        type_id = self.create_type()["QualificationTypeId"]
        requirement = json.dumps([{"QualificationTypeId": type_id, "Comparator": "Exists"}])
        made = [self.create_hit("--qualification-requirements", requirement)["HITId"] for _ in range(3)]
        self.create_hit()
        listed = self.ok("list-hits-for-qualification-type", "--qualification-type-id", type_id, "--page-size", 2)["HITs"]
        self.assertEqual(sorted(h["HITId"] for h in listed), sorted(made))


class BlockingWorkers(CliTestCase):
    """Only the BLOCKER requester blocks anyone, so no other test finds a worker shut out of its HITs."""

    def test_a_blocked_worker_cannot_accept_until_unblocked(self):
        blocked = Worker(2)
        hit_id = self.create_hit(requester="BLOCKER")["HITId"]
        self.ok("create-worker-block", "--worker-id", blocked.id, "--reason", "Copied answers.", requester="BLOCKER")
        try:
            self.assertEqual(blocked.call("POST", "/hits/%s/accept" % hit_id)[0], 403)
        finally:
            self.ok("delete-worker-block", "--worker-id", blocked.id, "--reason", "Appeal upheld.", requester="BLOCKER")
        blocked.give_back(blocked.accept(hit_id))

    def test_list_worker_blocks_pages_automatically_and_blocking_again_replaces_the_reason(self):
        ids = [Worker(n).id for n in (1, 2, 3)]
        try:
            for worker_id in ids:
                self.ok("create-worker-block", "--worker-id", worker_id, "--reason", "Spam.", requester="BLOCKER")
            self.ok("create-worker-block", "--worker-id", ids[0], "--reason", "Spam, twice.", requester="BLOCKER")
            listed = self.ok("list-worker-blocks", "--page-size", 2, requester="BLOCKER")["WorkerBlocks"]
            self.assertEqual(sorted(b["WorkerId"] for b in listed), sorted(ids))
            self.assertEqual({b["WorkerId"]: b["Reason"] for b in listed}[ids[0]], "Spam, twice.")
        finally:
            for worker_id in ids:
                self.ok("delete-worker-block", "--worker-id", worker_id, requester="BLOCKER")
        self.assertEqual(self.ok("list-worker-blocks", requester="BLOCKER")["WorkerBlocks"], [])

    def test_unblocking_a_worker_who_is_not_blocked_says_worker_id_is_invalid(self):
        message = self.assertServiceError("RequestError", "delete-worker-block", "--worker-id", Worker(3).id, requester="BLOCKER")
        self.assertTrue(message.startswith("WorkerId is invalid."), message)

    def test_a_block_of_a_worker_who_does_not_exist_is_refused(self):
        message = self.assertServiceError(
            "RequestError", "create-worker-block", "--worker-id", "ANOBODY00000001", "--reason", "Spam.", requester="BLOCKER"
        )
        self.assertTrue(message.startswith("WorkerId is invalid."), message)


if __name__ == "__main__":
    unittest.main()
