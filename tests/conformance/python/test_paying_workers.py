"""Money for work: ApproveAssignment, RejectAssignment, SendBonus, ListBonusPayments and
CreateAdditionalAssignmentsForHIT.

The PAYER requester (100.00) and worker 3 are paid and charged only here, so every test compares the
requester's and the worker's balances before and after each step. Rewards of 0.50 cost 0.60 per
assignment (20% commission, at least 0.01).
"""

import decimal
import unittest
import uuid

from conformance import MTurkTestCase, balance, client, create_hit, expire, raw_call, unknown_id, worker

D = decimal.Decimal


class PayerTestCase(MTurkTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.payer = client("PAYER")
        cls.worker = worker(3)

    def submitted(self, reward="0.50", **hit):
        """A new HIT of the payer with one assignment submitted by worker 3: (HITId, AssignmentId)."""
        hit_id = create_hit(self.payer, reward=reward, **hit)["HITId"]
        return hit_id, self.worker.do(hit_id)


class ApprovingAndRejecting(PayerTestCase):
    def test_approving_pays_the_worker_the_reward_out_of_the_escrow(self):
        available, on_hold = balance(self.payer)
        earned = self.worker.balance()
        hit_id = create_hit(self.payer, reward="0.50")["HITId"]
        self.assertEqual(balance(self.payer), (available - D("0.60"), on_hold + D("0.60")))
        assignment_id = self.worker.do(hit_id)
        self.assertEqual(balance(self.payer), (available - D("0.60"), on_hold + D("0.60")))
        self.assertEqual(self.worker.balance(), earned)
        response = self.payer.approve_assignment(AssignmentId=assignment_id, RequesterFeedback="Well done.")
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(balance(self.payer), (available - D("0.60"), on_hold))
        self.assertEqual(self.worker.balance(), earned + D("0.50"))
        self.assertEqual(self.worker.me()["Approved"] >= 1, True)
        assignment = self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]
        self.assertEqual(assignment["AssignmentStatus"], "Approved")
        self.assertEqual(assignment["RequesterFeedback"], "Well done.")

    def test_approving_twice_is_an_invalid_assignment_state_and_pays_once(self):
        _, assignment_id = self.submitted()
        self.payer.approve_assignment(AssignmentId=assignment_id)
        before, earned = balance(self.payer), self.worker.balance()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidAssignmentState", self.payer.approve_assignment, AssignmentId=assignment_id
        )
        self.assertTrue(message.startswith("This operation can be called with a status of: Submitted"), message)
        self.assertEqual((balance(self.payer), self.worker.balance()), (before, earned))

    def test_rejecting_gives_the_escrow_back_and_pays_nothing(self):
        available, on_hold = balance(self.payer)
        earned = self.worker.balance()
        _, assignment_id = self.submitted()
        self.payer.reject_assignment(AssignmentId=assignment_id, RequesterFeedback="Off topic.")
        self.assertEqual(balance(self.payer), (available, on_hold))
        self.assertEqual(self.worker.balance(), earned)
        assignment = self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]
        self.assertEqual(assignment["AssignmentStatus"], "Rejected")
        self.assertEqual(assignment["RequesterFeedback"], "Off topic.")

    def test_rejecting_without_feedback_is_a_validation_exception(self):
        _, assignment_id = self.submitted()
        unvalidated = client("PAYER", validate=False)
        message = self.assertValidationException(unvalidated.reject_assignment, AssignmentId=assignment_id)
        self.assertIn("requesterFeedback", message)
        self.assertEqual(self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]["AssignmentStatus"], "Submitted")
        self.payer.reject_assignment(AssignmentId=assignment_id, RequesterFeedback="Cleaning up.")

    def test_rejecting_an_approved_assignment_is_an_invalid_assignment_state(self):
        _, assignment_id = self.submitted()
        self.payer.approve_assignment(AssignmentId=assignment_id)
        before, earned = balance(self.payer), self.worker.balance()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidAssignmentState",
            self.payer.reject_assignment,
            AssignmentId=assignment_id,
            RequesterFeedback="Too late.",
        )
        self.assertTrue(message.startswith("This operation can be called with a status of: Submitted"), message)
        self.assertEqual((balance(self.payer), self.worker.balance()), (before, earned))
        self.assertEqual(self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]["AssignmentStatus"], "Approved")

    def test_approving_a_rejected_assignment_needs_override_rejection(self):
        _, assignment_id = self.submitted()
        self.payer.reject_assignment(AssignmentId=assignment_id, RequesterFeedback="Wrong.")
        self.assertRequestError(
            "AWS.MechanicalTurk.InvalidAssignmentState", self.payer.approve_assignment, AssignmentId=assignment_id
        )
        self.assertRequestError(
            "AWS.MechanicalTurk.InvalidAssignmentState",
            self.payer.approve_assignment,
            AssignmentId=assignment_id,
            OverrideRejection=False,
        )
        self.assertEqual(self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]["AssignmentStatus"], "Rejected")

    def test_overriding_a_rejection_pays_from_the_available_balance(self):
        _, assignment_id = self.submitted()
        self.payer.reject_assignment(AssignmentId=assignment_id, RequesterFeedback="Wrong.")
        available, on_hold = balance(self.payer)
        earned = self.worker.balance()
        self.payer.approve_assignment(AssignmentId=assignment_id, OverrideRejection=True, RequesterFeedback="Sorry, it was right.")
        self.assertEqual(balance(self.payer), (available - D("0.60"), on_hold))
        self.assertEqual(self.worker.balance(), earned + D("0.50"))
        assignment = self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]
        self.assertEqual(assignment["AssignmentStatus"], "Approved")
        self.assertEqual(assignment["RequesterFeedback"], "Sorry, it was right.")
        self.assertRecent(assignment["ApprovalTime"])

    def test_approving_an_accepted_assignment_not_yet_submitted_is_refused(self):
        hit_id = create_hit(self.payer, reward="0.50")["HITId"]
        assignment_id = self.worker.accept(hit_id)
        self.addCleanup(expire, self.payer, hit_id)
        self.addCleanup(self.worker.give_back, assignment_id)
        before, earned = balance(self.payer), self.worker.balance()
        with self.subTest(operation="ApproveAssignment"):
            self.assertRequestError(
                "AWS.MechanicalTurk.InvalidAssignmentState", self.payer.approve_assignment, AssignmentId=assignment_id
            )
        with self.subTest(operation="RejectAssignment"):
            self.assertRequestError(
                "AWS.MechanicalTurk.InvalidAssignmentState",
                self.payer.reject_assignment,
                AssignmentId=assignment_id,
                RequesterFeedback="Not yet.",
            )
        self.assertEqual((balance(self.payer), self.worker.balance()), (before, earned))

    def test_approving_an_unknown_assignment_says_it_does_not_exist(self):
        for call, extra in ((self.payer.approve_assignment, {}), (self.payer.reject_assignment, {"RequesterFeedback": "No."})):
            with self.subTest(operation=call.__name__):
                self.assertRequestError(
                    "AWS.MechanicalTurk.AssignmentDoesNotExist", call, AssignmentId=unknown_id(), **extra
                )

    def test_feedback_over_1024_characters_is_refused(self):
        _, assignment_id = self.submitted()
        unvalidated = client("PAYER", validate=False)
        with self.assertRaises(Exception):
            unvalidated.approve_assignment(AssignmentId=assignment_id, RequesterFeedback="f" * 1025)
        self.assertEqual(self.payer.get_assignment(AssignmentId=assignment_id)["Assignment"]["AssignmentStatus"], "Submitted")
        self.payer.reject_assignment(AssignmentId=assignment_id, RequesterFeedback="f" * 1024)


class GrantingBonuses(PayerTestCase):
    def bonus(self, assignment_id, amount="1.00", reason="Great work.", **extra):
        return self.payer.send_bonus(
            WorkerId=self.worker.id, AssignmentId=assignment_id, BonusAmount=amount, Reason=reason, **extra
        )

    def test_a_bonus_of_1_00_costs_1_20_and_pays_the_worker_1_00(self):
        _, assignment_id = self.submitted()
        available, on_hold = balance(self.payer)
        earned = self.worker.balance()
        self.assertEqual(self.bonus(assignment_id)["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(balance(self.payer), (available - D("1.20"), on_hold))
        self.assertEqual(self.worker.balance(), earned + D("1.00"))
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_the_commission_on_a_bonus_is_at_least_one_cent(self):
        _, assignment_id = self.submitted()
        available, on_hold = balance(self.payer)
        earned = self.worker.balance()
        self.bonus(assignment_id, amount="0.01")
        self.assertEqual(balance(self.payer), (available - D("0.02"), on_hold))
        self.assertEqual(self.worker.balance(), earned + D("0.01"))
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_approved_and_rejected_assignments_can_get_bonuses(self):
        for decide in (
            lambda a: self.payer.approve_assignment(AssignmentId=a),
            lambda a: self.payer.reject_assignment(AssignmentId=a, RequesterFeedback="No."),
        ):
            _, assignment_id = self.submitted(reward="0.05")
            decide(assignment_id)
            earned = self.worker.balance()
            self.bonus(assignment_id, amount="0.10")
            self.assertEqual(self.worker.balance(), earned + D("0.10"))

    def test_bonuses_are_listed_by_hit_and_by_assignment(self):
        hit_id, assignment_id = self.submitted()
        self.bonus(assignment_id, reason="For the extra detail.")
        self.payer.approve_assignment(AssignmentId=assignment_id)
        by_hit = self.payer.list_bonus_payments(HITId=hit_id)
        by_assignment = self.payer.list_bonus_payments(AssignmentId=assignment_id)
        self.assertEqual(by_hit["NumResults"], 1)
        self.assertEqual(by_hit["BonusPayments"], by_assignment["BonusPayments"])
        payment = by_hit["BonusPayments"][0]
        self.assertEqual(payment["WorkerId"], self.worker.id)
        self.assertEqual(payment["BonusAmount"], "1.00")
        self.assertEqual(payment["AssignmentId"], assignment_id)
        self.assertEqual(payment["Reason"], "For the extra detail.")
        self.assertRecent(payment["GrantTime"])

    def test_a_hit_without_bonuses_lists_none(self):
        hit_id, assignment_id = self.submitted(reward="0.05")
        self.assertEqual(self.payer.list_bonus_payments(HITId=hit_id)["BonusPayments"], [])
        self.assertEqual(self.payer.list_bonus_payments(AssignmentId=assignment_id)["NumResults"], 0)
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_the_paginator_returns_each_bonus_exactly_once_in_pages_of_2(self):
        hit_id, assignment_id = self.submitted(reward="0.05")
        for n in range(3):
            self.bonus(assignment_id, amount="0.01", reason="bonus %d" % n)
        pages = list(
            self.payer.get_paginator("list_bonus_payments").paginate(HITId=hit_id, PaginationConfig={"PageSize": 2})
        )
        reasons = [p["Reason"] for page in pages for p in page["BonusPayments"]]
        for page in pages:
            self.assertLessEqual(len(page["BonusPayments"]), 2)
            self.assertEqual(page["NumResults"], len(page["BonusPayments"]))
        self.assertIn("NextToken", pages[0])
        self.assertNotIn("NextToken", pages[-1])
        self.assertEqual(sorted(reasons), ["bonus 0", "bonus 1", "bonus 2"])
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_a_repeated_unique_request_token_is_a_duplicate_request_and_pays_once(self):
        hit_id, assignment_id = self.submitted()
        token = str(uuid.uuid4())
        self.bonus(assignment_id, UniqueRequestToken=token)
        before, earned = balance(self.payer), self.worker.balance()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.DuplicateRequest", self.bonus, assignment_id, UniqueRequestToken=token
        )
        self.assertIn(assignment_id, message)
        self.assertEqual((balance(self.payer), self.worker.balance()), (before, earned))
        self.assertEqual(self.payer.list_bonus_payments(HITId=hit_id)["NumResults"], 1)
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_a_bonus_for_another_worker_is_refused(self):
        _, assignment_id = self.submitted()
        self.addCleanup(self.payer.approve_assignment, AssignmentId=assignment_id)
        before = balance(self.payer)
        self.assertInvalidParameterValue(
            "SendBonus",
            {"WorkerId": worker(1).id, "AssignmentId": assignment_id, "BonusAmount": "1.00", "Reason": "Wrong worker."},
            name="PAYER",
        )
        self.assertEqual(balance(self.payer), before)

    def test_a_bonus_for_work_not_yet_submitted_says_the_assignment_does_not_exist(self):
        hit_id = create_hit(self.payer, reward="0.05")["HITId"]
        assignment_id = self.worker.accept(hit_id)
        before = balance(self.payer)
        self.assertRequestError("AWS.MechanicalTurk.AssignmentDoesNotExist", self.bonus, assignment_id)
        self.assertEqual(balance(self.payer), before)
        self.worker.give_back(assignment_id)
        expire(self.payer, hit_id)

    def test_a_bonus_for_an_unknown_assignment_does_not_exist(self):
        self.assertRequestError("AWS.MechanicalTurk.AssignmentDoesNotExist", self.bonus, unknown_id())

    def test_a_bonus_with_three_decimals_is_a_validation_exception(self):
        _, assignment_id = self.submitted(reward="0.05")
        before = balance(self.payer)
        message = self.assertValidationException(self.bonus, assignment_id, amount="0.001")
        self.assertIn("bonusAmount", message)
        self.assertEqual(balance(self.payer), before)
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_a_bonus_the_requester_cannot_cover_is_insufficient_funds(self):
        _, assignment_id = self.submitted(reward="0.05")
        before, earned = balance(self.payer), self.worker.balance()
        message = self.assertRequestError("AWS.MechanicalTurk.InsufficientFunds", self.bonus, assignment_id, amount="500.00")
        self.assertIn("insufficient funds", message)
        self.assertEqual((balance(self.payer), self.worker.balance()), (before, earned))
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_list_bonus_payments_needs_exactly_one_of_hit_and_assignment(self):
        hit_id, assignment_id = self.submitted(reward="0.05")
        with self.subTest(given="both"):
            self.assertRequestError(
                "AWS.MechanicalTurk.InvalidParameterValue",
                self.payer.list_bonus_payments,
                HITId=hit_id,
                AssignmentId=assignment_id,
            )
        with self.subTest(given="neither"):
            self.assertRequestError("AWS.MechanicalTurk.InvalidParameterValue", self.payer.list_bonus_payments)
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_list_bonus_payments_of_an_unknown_hit_or_assignment_does_not_exist(self):
        self.assertRequestError("AWS.MechanicalTurk.HITDoesNotExist", self.payer.list_bonus_payments, HITId=unknown_id())
        self.assertRequestError(
            "AWS.MechanicalTurk.AssignmentDoesNotExist", self.payer.list_bonus_payments, AssignmentId=unknown_id()
        )


class AddingAssignments(PayerTestCase):
    def test_additional_assignments_grow_the_hit_and_hold_their_escrow(self):
        available, on_hold = balance(self.payer)
        hit_id = create_hit(self.payer, reward="0.50", MaxAssignments=2)["HITId"]
        response = self.payer.create_additional_assignments_for_hit(HITId=hit_id, NumberOfAdditionalAssignments=3)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 200)
        hit = self.payer.get_hit(HITId=hit_id)["HIT"]
        self.assertEqual((hit["MaxAssignments"], hit["NumberOfAssignmentsAvailable"], hit["HITStatus"]), (5, 5, "Assignable"))
        self.assertEqual(balance(self.payer), (available - D("3.00"), on_hold + D("3.00")))
        expire(self.payer, hit_id)
        self.assertEqual(balance(self.payer), (available, on_hold))

    def test_a_reviewable_hit_given_more_assignments_is_assignable_again(self):
        hit_id, assignment_id = self.submitted()
        self.assertEqual(self.payer.get_hit(HITId=hit_id)["HIT"]["HITStatus"], "Reviewable")
        self.payer.create_additional_assignments_for_hit(HITId=hit_id, NumberOfAdditionalAssignments=1)
        hit = self.payer.get_hit(HITId=hit_id)["HIT"]
        self.assertEqual(
            (hit["HITStatus"], hit["MaxAssignments"], hit["NumberOfAssignmentsAvailable"]), ("Assignable", 2, 1)
        )
        worker(1).accept(hit_id)
        self.payer.approve_assignment(AssignmentId=assignment_id)

    def test_going_from_under_10_to_10_or_more_assignments_is_refused(self):
        hit_id = create_hit(self.payer, reward="0.01", MaxAssignments=9)["HITId"]
        before = balance(self.payer)
        self.assertRequestError(
            "AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease",
            self.payer.create_additional_assignments_for_hit,
            HITId=hit_id,
            NumberOfAdditionalAssignments=1,
        )
        self.assertEqual(self.payer.get_hit(HITId=hit_id)["HIT"]["MaxAssignments"], 9)
        self.assertEqual(balance(self.payer), before)
        expire(self.payer, hit_id)

    def test_a_hit_of_10_or_more_may_grow_at_the_40_percent_rate(self):
        hit_id = create_hit(self.payer, reward="0.50", MaxAssignments=10)["HITId"]
        available, on_hold = balance(self.payer)
        self.payer.create_additional_assignments_for_hit(HITId=hit_id, NumberOfAdditionalAssignments=2)
        self.assertEqual(balance(self.payer), (available - D("1.40"), on_hold + D("1.40")))
        expire(self.payer, hit_id)

    def test_zero_additional_assignments_are_refused(self):
        hit_id = create_hit(self.payer, reward="0.01")["HITId"]
        before = balance(self.payer)
        for count in (0, -1):
            with self.subTest(count=count):
                self.assertInvalidParameterValue(
                    "CreateAdditionalAssignmentsForHIT",
                    {"HITId": hit_id, "NumberOfAdditionalAssignments": count},
                    name="PAYER",
                )
        self.assertEqual(self.payer.get_hit(HITId=hit_id)["HIT"]["MaxAssignments"], 1)
        self.assertEqual(balance(self.payer), before)
        expire(self.payer, hit_id)

    def test_a_repeated_unique_request_token_is_a_duplicate_request_naming_the_hit(self):
        hit_id = create_hit(self.payer, reward="0.01")["HITId"]
        token = str(uuid.uuid4())
        self.payer.create_additional_assignments_for_hit(HITId=hit_id, NumberOfAdditionalAssignments=1, UniqueRequestToken=token)
        before = balance(self.payer)
        message = self.assertRequestError(
            "AWS.MechanicalTurk.DuplicateRequest",
            self.payer.create_additional_assignments_for_hit,
            HITId=hit_id,
            NumberOfAdditionalAssignments=1,
            UniqueRequestToken=token,
        )
        self.assertIn(hit_id, message)
        self.assertEqual(self.payer.get_hit(HITId=hit_id)["HIT"]["MaxAssignments"], 2)
        self.assertEqual(balance(self.payer), before)
        expire(self.payer, hit_id)

    def test_more_assignments_than_the_requester_can_pay_for_are_insufficient_funds(self):
        hit_id = create_hit(self.payer, reward="0.01", MaxAssignments=10)["HITId"]
        before = balance(self.payer)
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InsufficientFunds",
            self.payer.create_additional_assignments_for_hit,
            HITId=hit_id,
            NumberOfAdditionalAssignments=100000,
        )
        self.assertIn("insufficient funds", message)
        self.assertEqual(self.payer.get_hit(HITId=hit_id)["HIT"]["MaxAssignments"], 10)
        self.assertEqual(balance(self.payer), before)
        expire(self.payer, hit_id)

    def test_more_assignments_for_an_unknown_hit_say_it_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HITDoesNotExist",
            self.payer.create_additional_assignments_for_hit,
            HITId=hit_id,
            NumberOfAdditionalAssignments=1,
        )
        self.assertTrue(message.startswith("Hit %s does not exist." % hit_id), message)


if __name__ == "__main__":
    unittest.main()
