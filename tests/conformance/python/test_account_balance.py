"""GetAccountBalance and the money held in escrow for HITs.

The MONEY requester is created with 100.00 and used by no other test class; every test here
releases what it holds, so each starts from 100.00 available and nothing on hold.
"""

import datetime
import decimal
import unittest

from conformance import (
    MTurkTestCase,
    balance,
    client,
    create_hit,
    expire,
    hit_properties,
    hit_type_properties,
    html_question,
    now,
)

D = decimal.Decimal


class HoldingMoneyForHITs(MTurkTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.money = client("MONEY")

    def assertHeld(self, amount, **hit):
        """Creating the HIT holds `amount`; expiring it gives the money back."""
        available, on_hold = balance(self.money)
        created = create_hit(self.money, **hit)
        self.assertEqual(balance(self.money), (available - D(amount), on_hold + D(amount)))
        expire(self.money, created["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))

    def test_the_balance_is_two_decimal_strings(self):
        response = self.money.get_account_balance()
        self.assertRegex(response["AvailableBalance"], r"^[0-9]+\.[0-9]{2}$")
        self.assertRegex(response["OnHoldBalance"], r"^[0-9]+\.[0-9]{2}$")

    def test_three_assignments_at_50_cents_hold_1_80_until_the_hit_expires(self):
        self.assertEqual(self.money.get_account_balance()["AvailableBalance"], "100.00")
        self.assertEqual(self.money.get_account_balance()["OnHoldBalance"], "0.00")
        hit = create_hit(self.money, reward="0.50", MaxAssignments=3)
        response = self.money.get_account_balance()
        self.assertEqual((response["AvailableBalance"], response["OnHoldBalance"]), ("98.20", "1.80"))
        self.money.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=0)
        response = self.money.get_account_balance()
        self.assertEqual((response["AvailableBalance"], response["OnHoldBalance"]), ("100.00", "0.00"))

    def test_the_fee_is_20_percent_below_10_assignments(self):
        self.assertHeld("10.80", reward="1.00", MaxAssignments=9)

    def test_the_fee_is_40_percent_from_10_assignments(self):
        self.assertHeld("7.00", reward="0.50", MaxAssignments=10)

    def test_the_fee_is_at_least_one_cent_per_assignment(self):
        self.assertHeld("0.04", reward="0.01", MaxAssignments=2)

    def test_a_hit_of_a_hit_type_holds_the_types_reward_and_fee(self):
        hit_type_id = self.money.create_hit_type(**hit_type_properties(reward="0.25"))["HITTypeId"]
        available, on_hold = balance(self.money)
        hit = self.money.create_hit_with_hit_type(
            HITTypeId=hit_type_id, MaxAssignments=4, LifetimeInSeconds=600, Question=html_question()
        )["HIT"]
        self.assertEqual(balance(self.money), (available - D("1.20"), on_hold + D("1.20")))
        expire(self.money, hit["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))

    def test_deleting_an_expired_hit_moves_no_more_money(self):
        available, on_hold = balance(self.money)
        hit = create_hit(self.money, reward="0.50", MaxAssignments=2)
        expire(self.money, hit["HITId"])
        self.money.delete_hit(HITId=hit["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))

    def test_expiring_twice_releases_the_money_once(self):
        available, on_hold = balance(self.money)
        hit = create_hit(self.money, reward="0.50")
        expire(self.money, hit["HITId"])
        expire(self.money, hit["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))

    def test_extending_an_expired_hit_holds_its_money_again(self):
        available, on_hold = balance(self.money)
        hit = create_hit(self.money, reward="0.50", MaxAssignments=3)
        expire(self.money, hit["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))
        later = now() + datetime.timedelta(hours=1)
        self.money.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=later)
        self.assertEqual(balance(self.money), (available - D("1.80"), on_hold + D("1.80")))
        expire(self.money, hit["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))

    def test_extending_a_live_hit_holds_nothing_more(self):
        available, on_hold = balance(self.money)
        hit = create_hit(self.money, reward="0.50", MaxAssignments=3, LifetimeInSeconds=600)
        self.money.update_expiration_for_hit(HITId=hit["HITId"], ExpireAt=hit["Expiration"] + datetime.timedelta(hours=1))
        self.assertEqual(balance(self.money), (available - D("1.80"), on_hold + D("1.80")))
        expire(self.money, hit["HITId"])
        self.assertEqual(balance(self.money), (available, on_hold))


class SpendingTheLastCents(MTurkTestCase):
    """The POOR requester has 0.10."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.poor = client("POOR")

    def test_a_hit_costing_exactly_the_available_balance_is_created(self):
        available, on_hold = balance(self.poor)
        self.assertEqual(available, D("0.10"))
        hit = create_hit(self.poor, reward="0.04", MaxAssignments=2)
        self.assertEqual(balance(self.poor), (D("0.00"), on_hold + D("0.10")))
        expire(self.poor, hit["HITId"])
        self.assertEqual(balance(self.poor), (available, on_hold))

    def test_a_hit_one_cent_over_the_balance_is_refused(self):
        available, _ = balance(self.poor)
        self.assertRequestError(
            "AWS.MechanicalTurk.InsufficientFunds",
            self.poor.create_hit,
            **hit_properties(reward="0.05", MaxAssignments=2)
        )
        self.assertEqual(balance(self.poor)[0], available)


if __name__ == "__main__":
    unittest.main()
