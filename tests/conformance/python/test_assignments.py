"""Work on a HIT as the requester sees it: the HIT's counters and status while workers accept and
submit (through the worker API), GetAssignment and ListAssignmentsForHIT."""

import collections
import datetime
import unittest

from conformance import (
    MTurkTestCase,
    client,
    create_hit,
    submitted_assignment,
    unknown_id,
    worker,
)


def counters(hit):
    return (
        hit["HITStatus"],
        hit["NumberOfAssignmentsAvailable"],
        hit["NumberOfAssignmentsPending"],
        hit["NumberOfAssignmentsCompleted"],
    )


class DoingWork(MTurkTestCase):
    def status(self, hit_id):
        return counters(self.mturk.get_hit(HITId=hit_id)["HIT"])

    def test_accepting_and_submitting_move_the_counters_until_the_hit_is_reviewable(self):
        hit_id = create_hit(self.mturk, MaxAssignments=2)["HITId"]
        first, second = worker(1), worker(2)
        self.assertEqual(self.status(hit_id), ("Assignable", 2, 0, 0))
        one = first.accept(hit_id)
        self.assertEqual(self.status(hit_id), ("Assignable", 1, 1, 0))
        two = second.accept(hit_id)
        self.assertEqual(self.status(hit_id), ("Unassignable", 0, 2, 0))
        first.submit(one)
        self.assertEqual(self.status(hit_id), ("Unassignable", 0, 1, 0))
        second.submit(two)
        self.assertEqual(self.status(hit_id), ("Reviewable", 0, 0, 0))

    def test_approving_and_rejecting_count_as_completed_and_keep_the_hit_reviewable(self):
        hit_id = create_hit(self.mturk, MaxAssignments=2)["HITId"]
        one, two = worker(1).do(hit_id), worker(2).do(hit_id)
        self.mturk.approve_assignment(AssignmentId=one)
        self.assertEqual(self.status(hit_id), ("Reviewable", 0, 0, 1))
        self.mturk.reject_assignment(AssignmentId=two, RequesterFeedback="Not what was asked.")
        self.assertEqual(self.status(hit_id), ("Reviewable", 0, 0, 2))

    def test_a_returned_assignment_gives_its_slot_back_and_is_never_listed(self):
        hit_id = create_hit(self.mturk)["HITId"]
        assignment_id = worker(1).accept(hit_id)
        self.assertEqual(self.status(hit_id), ("Unassignable", 0, 1, 0))
        worker(1).give_back(assignment_id)
        self.assertEqual(self.status(hit_id), ("Assignable", 1, 0, 0))
        self.assertEqual(self.mturk.list_assignments_for_hit(HITId=hit_id)["Assignments"], [])
        self.assertRequestError(
            "AWS.MechanicalTurk.AssignmentDoesNotExist", self.mturk.get_assignment, AssignmentId=assignment_id
        )

    def test_a_worker_gets_one_assignment_per_hit_and_none_when_no_slot_is_left(self):
        hit_id = create_hit(self.mturk)["HITId"]
        worker(1).accept(hit_id)
        self.assertEqual(worker(1).call("POST", "/hits/%s/accept" % hit_id)[0], 409)
        self.assertEqual(worker(2).call("POST", "/hits/%s/accept" % hit_id)[0], 409)
        self.assertEqual(self.status(hit_id), ("Unassignable", 0, 1, 0))


class GettingAnAssignment(MTurkTestCase):
    def test_get_assignment_returns_the_submitted_work_and_its_hit(self):
        hit, assignment_id = submitted_assignment(
            self.mturk, AssignmentDurationInSeconds=900, AutoApprovalDelayInSeconds=7200
        )
        response = self.mturk.get_assignment(AssignmentId=assignment_id)
        assignment = response["Assignment"]
        self.assertEqual(assignment["AssignmentId"], assignment_id)
        self.assertIsId(assignment_id)
        self.assertEqual(assignment["WorkerId"], worker(1).id)
        self.assertEqual(assignment["HITId"], hit["HITId"])
        self.assertEqual(assignment["AssignmentStatus"], "Submitted")
        self.assertRecent(assignment["AcceptTime"])
        self.assertLessEqual(assignment["AcceptTime"], assignment["SubmitTime"])
        self.assertEqual(assignment["AutoApprovalTime"] - assignment["SubmitTime"], datetime.timedelta(seconds=7200))
        self.assertEqual(assignment["Deadline"] - assignment["AcceptTime"], datetime.timedelta(seconds=900))
        for absent in ("ApprovalTime", "RejectionTime", "RequesterFeedback"):
            self.assertNotIn(absent, assignment)
        self.assertIn("<QuestionFormAnswers", assignment["Answer"])
        self.assertIn("<QuestionIdentifier>colour</QuestionIdentifier>", assignment["Answer"])
        self.assertIn("<FreeText>red</FreeText>", assignment["Answer"])
        self.assertEqual(response["HIT"], self.mturk.get_hit(HITId=hit["HITId"])["HIT"])

    def test_every_answer_is_in_the_answer_document(self):
        _, assignment_id = submitted_assignment(self.mturk, answers={"colour": "blue", "comment": "Fish & chips <3"})
        answer = self.mturk.get_assignment(AssignmentId=assignment_id)["Assignment"]["Answer"]
        self.assertIn("<FreeText>blue</FreeText>", answer)
        self.assertIn("<QuestionIdentifier>comment</QuestionIdentifier>", answer)
        self.assertIn("<FreeText>Fish &amp; chips &lt;3</FreeText>", answer)

    def test_an_accepted_assignment_not_yet_submitted_is_in_an_invalid_state(self):
        hit = create_hit(self.mturk)
        assignment_id = worker(1).accept(hit["HITId"])
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidAssignmentState", self.mturk.get_assignment, AssignmentId=assignment_id
        )
        self.assertTrue(
            message.startswith("This operation can be called with a status of: Reviewable,Approved,Rejected"), message
        )

    def test_an_unknown_assignment_does_not_exist(self):
        self.assertRequestError(
            "AWS.MechanicalTurk.AssignmentDoesNotExist", self.mturk.get_assignment, AssignmentId=unknown_id()
        )

    def test_an_approved_assignment_shows_the_approval_time_and_feedback(self):
        _, assignment_id = submitted_assignment(self.mturk)
        self.mturk.approve_assignment(AssignmentId=assignment_id, RequesterFeedback="Thank you!")
        assignment = self.mturk.get_assignment(AssignmentId=assignment_id)["Assignment"]
        self.assertEqual(assignment["AssignmentStatus"], "Approved")
        self.assertEqual(assignment["RequesterFeedback"], "Thank you!")
        self.assertRecent(assignment["ApprovalTime"])
        self.assertNotIn("RejectionTime", assignment)

    def test_a_rejected_assignment_shows_the_rejection_time_and_feedback(self):
        _, assignment_id = submitted_assignment(self.mturk)
        self.mturk.reject_assignment(AssignmentId=assignment_id, RequesterFeedback="The answer is empty.")
        assignment = self.mturk.get_assignment(AssignmentId=assignment_id)["Assignment"]
        self.assertEqual(assignment["AssignmentStatus"], "Rejected")
        self.assertEqual(assignment["RequesterFeedback"], "The answer is empty.")
        self.assertRecent(assignment["RejectionTime"])
        self.assertNotIn("ApprovalTime", assignment)


class ListingAssignments(MTurkTestCase):
    def test_only_submitted_approved_and_rejected_assignments_are_listed(self):
        hit_id = create_hit(self.mturk, MaxAssignments=3)["HITId"]
        approved, rejected = worker(1).do(hit_id), worker(2).do(hit_id)
        in_progress = worker(3).accept(hit_id)
        self.mturk.approve_assignment(AssignmentId=approved)
        self.mturk.reject_assignment(AssignmentId=rejected, RequesterFeedback="No.")
        listed = self.mturk.list_assignments_for_hit(HITId=hit_id)
        self.assertEqual(listed["NumResults"], 2)
        statuses = {a["AssignmentId"]: a["AssignmentStatus"] for a in listed["Assignments"]}
        self.assertEqual(statuses, {approved: "Approved", rejected: "Rejected"})
        self.assertNotIn(in_progress, statuses)
        worker(3).submit(in_progress)
        statuses = {a["AssignmentId"]: a["AssignmentStatus"] for a in self.mturk.list_assignments_for_hit(HITId=hit_id)["Assignments"]}
        self.assertEqual(statuses, {approved: "Approved", rejected: "Rejected", in_progress: "Submitted"})

    def test_assignment_statuses_filter_the_list(self):
        hit_id = create_hit(self.mturk, MaxAssignments=3)["HITId"]
        approved, rejected, submitted = worker(1).do(hit_id), worker(2).do(hit_id), worker(3).do(hit_id)
        self.mturk.approve_assignment(AssignmentId=approved)
        self.mturk.reject_assignment(AssignmentId=rejected, RequesterFeedback="No.")

        def listed(*statuses):
            response = self.mturk.list_assignments_for_hit(HITId=hit_id, AssignmentStatuses=list(statuses))
            return sorted(a["AssignmentId"] for a in response["Assignments"])

        self.assertEqual(listed("Submitted"), [submitted])
        self.assertEqual(listed("Approved"), [approved])
        self.assertEqual(listed("Rejected"), [rejected])
        self.assertEqual(listed("Approved", "Rejected"), sorted([approved, rejected]))
        self.assertEqual(listed("Submitted", "Approved", "Rejected"), sorted([approved, rejected, submitted]))

    def test_listed_assignments_carry_the_same_fields_as_get_assignment(self):
        hit, assignment_id = submitted_assignment(self.mturk)
        listed = self.mturk.list_assignments_for_hit(HITId=hit["HITId"])["Assignments"]
        self.assertEqual(listed, [self.mturk.get_assignment(AssignmentId=assignment_id)["Assignment"]])

    def test_the_paginator_returns_each_assignment_exactly_once_in_pages_of_2(self):
        hit_id = create_hit(self.mturk, MaxAssignments=3)["HITId"]
        done = [worker(n).do(hit_id) for n in (1, 2, 3)]
        pages = list(
            self.mturk.get_paginator("list_assignments_for_hit").paginate(HITId=hit_id, PaginationConfig={"PageSize": 2})
        )
        seen = []
        for page in pages:
            self.assertLessEqual(len(page["Assignments"]), 2)
            self.assertEqual(page["NumResults"], len(page["Assignments"]))
            seen.extend(a["AssignmentId"] for a in page["Assignments"])
        self.assertIn("NextToken", pages[0])
        self.assertNotIn("NextToken", pages[-1])
        self.assertEqual([i for i, count in collections.Counter(seen).items() if count > 1], [])
        self.assertEqual(sorted(seen), sorted(done))

    def test_a_hit_without_submitted_work_lists_nothing(self):
        hit_id = create_hit(self.mturk)["HITId"]
        response = self.mturk.list_assignments_for_hit(HITId=hit_id)
        self.assertEqual(response["Assignments"], [])
        self.assertEqual(response["NumResults"], 0)
        self.assertNotIn("NextToken", response)

    def test_an_unknown_hit_does_not_exist(self):
        hit_id = unknown_id()
        message = self.assertRequestError(
            "AWS.MechanicalTurk.HITDoesNotExist", self.mturk.list_assignments_for_hit, HITId=hit_id
        )
        self.assertIn(hit_id, message)

    def test_max_results_over_100_is_a_validation_exception(self):
        hit_id = create_hit(self.mturk)["HITId"]
        message = self.assertValidationException(self.mturk.list_assignments_for_hit, HITId=hit_id, MaxResults=101)
        self.assertIn("'maxResults'", message)

    def test_a_next_token_of_another_hit_is_refused(self):
        first = create_hit(self.mturk, MaxAssignments=2)["HITId"]
        second = create_hit(self.mturk, MaxAssignments=2)["HITId"]
        for hit_id in (first, second):
            worker(1).do(hit_id)
            worker(2).do(hit_id)
        token = self.mturk.list_assignments_for_hit(HITId=first, MaxResults=1)["NextToken"]
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue",
            self.mturk.list_assignments_for_hit,
            HITId=second,
            MaxResults=1,
            NextToken=token,
        )
        self.assertTrue(message.startswith("The NextToken is invalid for this request."), message)


if __name__ == "__main__":
    unittest.main()
