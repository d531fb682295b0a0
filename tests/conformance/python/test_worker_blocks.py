"""CreateWorkerBlock, DeleteWorkerBlock and ListWorkerBlocks through boto3. Only the BLOCKER requester
blocks anyone, so no other test finds a worker shut out of its HITs."""

from conformance import MTurkTestCase, client, create_hit, worker


class BlockingWorkers(MTurkTestCase):
    @classmethod
    def setUpClass(cls):
        cls.mturk = client("BLOCKER")

    def blocks(self, page_size=100):
        found = {}
        for page in self.mturk.get_paginator("list_worker_blocks").paginate(PaginationConfig={"PageSize": page_size}):
            self.assertEqual(page["NumResults"], len(page["WorkerBlocks"]))
            for block in page["WorkerBlocks"]:
                self.assertNotIn(block["WorkerId"], found)
                found[block["WorkerId"]] = block["Reason"]
        return found

    def test_a_blocked_worker_cannot_accept_until_unblocked(self):
        blocked = worker(2)
        hit_id = create_hit(self.mturk)["HITId"]
        self.mturk.create_worker_block(WorkerId=blocked.id, Reason="Copied answers.")
        try:
            status, _ = blocked.call("POST", "/hits/%s/accept" % hit_id)
            self.assertEqual(status, 403)
        finally:
            self.mturk.delete_worker_block(WorkerId=blocked.id, Reason="Appeal upheld.")
        blocked.give_back(blocked.accept(hit_id))

    def test_blocking_again_replaces_the_reason_and_the_paginator_lists_each_block_once(self):
        ids = [worker(n).id for n in (1, 2, 3)]
        try:
            for worker_id in ids:
                self.mturk.create_worker_block(WorkerId=worker_id, Reason="Spam.")
            self.mturk.create_worker_block(WorkerId=ids[1], Reason="Spam, twice.")
            found = self.blocks(page_size=2)
            self.assertEqual(sorted(found), sorted(ids))
            self.assertEqual(found[ids[1]], "Spam, twice.")
            self.assertEqual(client("OTHER").list_worker_blocks()["NumResults"], 0)
        finally:
            for worker_id in ids:
                self.mturk.delete_worker_block(WorkerId=worker_id)
        self.assertEqual(self.blocks(), {})

    def test_unblocking_a_worker_who_is_not_blocked_says_worker_id_is_invalid(self):
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue", self.mturk.delete_worker_block, WorkerId=worker(3).id
        )
        self.assertTrue(message.startswith("WorkerId is invalid."), message)

    def test_a_block_needs_a_reason_and_a_worker_who_exists(self):
        self.assertIn("Reason", self.assertParameterValidationError(self.mturk.create_worker_block, WorkerId=worker(1).id, Reason=""))
        message = self.assertRequestError(
            "AWS.MechanicalTurk.InvalidParameterValue", self.mturk.create_worker_block, WorkerId="ANOBODY00000001", Reason="Spam."
        )
        self.assertTrue(message.startswith("WorkerId is invalid."), message)
