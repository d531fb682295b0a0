"""Shared runner of the unittest-based conformance suites (boto3 and the AWS CLI).

Checks that tests/conformance/run gave the suite its endpoint, requesters and workers, discovers every
test_*.py beside the suite's run_tests.py, runs them (optionally only ids containing a pattern) and prints
`N passed, N failed` last. Returns the process exit status.
"""

import os
import sys
import unittest


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def _missing_environment(helpers):
    missing = [] if helpers.ENDPOINT else ["KEMPELEN_ENDPOINT"]
    for name in helpers.REQUESTERS:
        for part in ("ACCESS_KEY_ID", "SECRET_ACCESS_KEY"):
            if not os.environ.get("KEMPELEN_%s_%s" % (name, part)):
                missing.append("KEMPELEN_%s_%s" % (name, part))
    for number in helpers.WORKERS:
        for part in ("ID", "TOKEN"):
            if not os.environ.get("KEMPELEN_WORKER_%d_%s" % (number, part)):
                missing.append("KEMPELEN_WORKER_%d_%s" % (number, part))
    return missing


def run(here, helpers, argv, precondition=None):
    """Runs the suite in folder `here`; `helpers` is its helper module, `precondition` an optional check
    returning an error message when the suite cannot run."""
    verbosity = 2 if "-v" in argv else 1
    patterns = [a for a in argv if a != "-v"]
    problem = precondition() if precondition else None
    missing = _missing_environment(helpers)
    if problem or missing:
        print("cannot run: %s" % (problem or "%s not set (tests/conformance/run sets them)" % ", ".join(missing)))
        print("0 passed, 1 failed")
        return 2
    loaded = unittest.defaultTestLoader.discover(here, pattern="test_*.py", top_level_dir=here)
    tests = list(_flatten(loaded))
    broken = [t for t in tests if t.__class__.__name__ == "_FailedTest"]
    if patterns:
        tests = [t for t in tests if any(p in t.id() for p in patterns)]
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=verbosity, buffer=True).run(unittest.TestSuite(tests))
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    if broken and not patterns:
        print("modules that could not be imported: %s" % ", ".join(t.id() for t in broken))
    failed_ids = {t.id() for t, _ in result.failures + result.errors}
    passed = max(0, result.testsRun - failed - len(result.skipped) - len(result.expectedFailures))
    if failed_ids:
        print("failed:")
        for test_id in sorted(failed_ids):
            print("  " + test_id)
    skipped = ", %d skipped" % len(result.skipped) if result.skipped else ""
    print("%d passed, %d failed%s" % (passed, failed, skipped))
    return 1 if failed or result.testsRun == 0 else 0
