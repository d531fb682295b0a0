"""A worker of the conformance run, doing HITs through Kempelen's worker JSON API (/api/worker/v1).

Shared by the boto3 and AWS CLI suites; tests/conformance/run creates the workers and passes their ids and
tokens as KEMPELEN_WORKER_<n>_ID / _TOKEN.
"""

import decimal
import json
import os
import re
import urllib.error
import urllib.request

ENDPOINT = os.environ.get("KEMPELEN_ENDPOINT", "")


class Worker:
    """One of the run script's workers, through the worker JSON API (/api/worker/v1, bearer token)."""

    def __init__(self, number):
        self.number = number
        self.id = os.environ.get("KEMPELEN_WORKER_%d_ID" % number)
        self.token = os.environ.get("KEMPELEN_WORKER_%d_TOKEN" % number)
        if not self.id or not self.token:
            raise RuntimeError("KEMPELEN_WORKER_%d_ID / _TOKEN are not set (see tests/conformance/run)" % number)

    def call(self, method, path, body=None):
        """(HTTP status, parsed JSON body or None); refusals are returned, not raised."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            ENDPOINT.rstrip("/") + "/api/worker/v1" + path,
            data=data,
            method=method,
            headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, text = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        return status, (json.loads(text) if text.strip() else None)

    def accept(self, hit_id):
        """Takes a slot of the HIT; returns the new AssignmentId."""
        status, document = self.call("POST", "/hits/%s/accept" % hit_id)
        if status != 200 or document.get("Status") != "Accepted":
            raise AssertionError("worker %d could not accept HIT %s: %s %s" % (self.number, hit_id, status, document))
        return document["AssignmentId"]

    def submit(self, assignment_id, answers=None):
        status, document = self.call("POST", "/assignments/%s/submit" % assignment_id, {"answers": answers or {"colour": "red"}})
        if status != 200:
            raise AssertionError("worker %d could not submit %s: %s %s" % (self.number, assignment_id, status, document))
        return document

    def give_back(self, assignment_id):
        status, document = self.call("POST", "/assignments/%s/return" % assignment_id)
        if status != 204:
            raise AssertionError("worker %d could not return %s: %s %s" % (self.number, assignment_id, status, document))

    def do(self, hit_id, answers=None):
        """Accepts and submits; returns the AssignmentId."""
        assignment_id = self.accept(hit_id)
        self.submit(assignment_id, answers)
        return assignment_id

    def request_qualification(self, type_id, answers=None):
        """Asks for a qualification (answers hand in its test); returns the answer, e.g. {"Outcome": "Pending"}."""
        status, document = self.call("POST", "/qualification-types/%s/request" % type_id, None if answers is None else {"answers": answers})
        if status != 200:
            raise AssertionError("worker %d could not request %s: %s %s" % (self.number, type_id, status, document))
        return document

    def me(self):
        status, document = self.call("GET", "/me")
        if status != 200:
            raise AssertionError("GET /me for worker %d: %s %s" % (self.number, status, document))
        return document

    def balance(self):
        """What the worker has earned, as a Decimal, after checking it is a two-decimal string."""
        amount = self.me()["Balance"]
        if not re.fullmatch(r"[0-9]+\.[0-9]{2}", amount):
            raise AssertionError("worker balance %r is not a two-decimal string" % amount)
        return decimal.Decimal(amount)
