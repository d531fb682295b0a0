#!/usr/bin/python3
"""Checks matrix.json: each of the implemented operations has, for boto3, js and cli, a
non-empty list of test ids, and every id names a test that exists in that suite.

ids: boto3 and cli use unittest ids (module.Class.method); js uses "<describe> > <it>" titles.
Prints the problems and exits 1 if there are any.
"""

import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
OPERATIONS = (
    "CreateHITType", "CreateHIT", "CreateHITWithHITType", "GetHIT", "ListHITs",
    "UpdateExpirationForHIT", "UpdateHITTypeOfHIT", "DeleteHIT", "GetAccountBalance",
    "GetAssignment", "ListAssignmentsForHIT", "ApproveAssignment", "RejectAssignment", "ListReviewableHITs",
    "UpdateHITReviewStatus", "CreateAdditionalAssignmentsForHIT", "SendBonus", "ListBonusPayments",
    "CreateQualificationType", "GetQualificationType", "ListQualificationTypes", "UpdateQualificationType",
    "DeleteQualificationType", "AssociateQualificationWithWorker", "DisassociateQualificationFromWorker",
    "GetQualificationScore", "ListWorkersWithQualificationType", "ListQualificationRequests",
    "AcceptQualificationRequest", "RejectQualificationRequest", "ListHITsForQualificationType",
    "CreateWorkerBlock", "DeleteWorkerBlock", "ListWorkerBlocks",
)


# The suites' helper modules import the shared ones in common/.
sys.path.insert(0, os.path.join(HERE, "common"))


def unittest_ids(folder):
    path = os.path.join(HERE, folder)
    sys.path.insert(0, path)
    try:
        suite = unittest.defaultTestLoader.discover(path, pattern="test_*.py", top_level_dir=path)
    finally:
        sys.path.remove(path)
    ids = set()

    def walk(item):
        for test in item:
            if isinstance(test, unittest.TestSuite):
                walk(test)
            else:
                ids.add(test.id())

    walk(suite)
    for name in [m for m in sys.modules if m.startswith("test_") or m in ("conformance", "cli")]:
        del sys.modules[name]
    return ids


def node_test_ids():
    ids = set()
    folder = os.path.join(HERE, "js", "test")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".test.js"):
            continue
        describe = None
        with open(os.path.join(folder, name), encoding="utf-8") as source:
            for line in source:
                match = re.match(r"\s*describe\('((?:[^'\\]|\\.)*)'", line)
                if match:
                    describe = match.group(1).replace("\\'", "'")
                match = re.match(r"\s*it\('((?:[^'\\]|\\.)*)'", line)
                if match:
                    ids.add("%s > %s" % (describe, match.group(1).replace("\\'", "'")))
    return ids


def main():
    with open(os.path.join(HERE, "matrix.json"), encoding="utf-8") as f:
        matrix = json.load(f)
    known = {"boto3": unittest_ids("python"), "cli": unittest_ids("cli"), "js": node_test_ids()}
    problems = []
    for operation in OPERATIONS:
        for client in ("boto3", "js", "cli"):
            names = matrix.get(operation, {}).get(client, [])
            if not names:
                problems.append("%s x %s: no test listed" % (operation, client))
            for name in names:
                if name not in known[client]:
                    problems.append("%s x %s: no such test: %s" % (operation, client, name))
    for problem in problems:
        print("matrix.json: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
